package main

import "github.com/spf13/cobra"

// extraCommands lists the subcommands beyond check, extract and version.
func extraCommands(g *globalFlags) []*cobra.Command {
	return []*cobra.Command{newRulesCmd(), newGenCmd(), newServeCmd(g)}
}
