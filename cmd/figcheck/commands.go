package main

import "github.com/spf13/cobra"

// extraCommands lists the subcommands beyond check, extract and version.
func extraCommands() []*cobra.Command {
	return nil
}
