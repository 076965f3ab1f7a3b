package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
)

// globalFlags are shared by every subcommand.
type globalFlags struct {
	logLevel  string
	logFormat string
}

func newRootCmd() *cobra.Command {
	g := &globalFlags{}
	root := &cobra.Command{
		Use:           "figcheck",
		Short:         "Fact-check the figures in trade-statistics news",
		Long:          "figcheck reads articles (.txt .md .html) and source sheets (.xlsx .csv), normalises every\nfigure, checks them against each other with expression rules, and writes an Excel discrepancy report.",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return withCode(ExitUsage, fmt.Errorf("%w (see '%s --help')", err, c.CommandPath()))
	})
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "warn", "log level: debug, info, warn, error")
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", "console", "log format on stderr: console or json")
	root.AddCommand(newCheckCmd(g), newExtractCmd(g), newVersionCmd())
	for _, extra := range extraCommands(g) {
		root.AddCommand(extra)
	}
	return root
}

// logger builds the zerolog logger for stderr from the global flags.
func (g *globalFlags) logger(stderr io.Writer) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(strings.ToLower(g.logLevel))
	if err != nil || lvl == zerolog.NoLevel {
		return zerolog.Nop(), usageErrorf("--log-level %q: want debug, info, warn or error", g.logLevel)
	}
	var w io.Writer
	switch g.logFormat {
	case "json":
		w = stderr
	case "console":
		w = zerolog.ConsoleWriter{Out: stderr, TimeFormat: "15:04:05", NoColor: !isTerminal(stderr)}
	default:
		return zerolog.Nop(), usageErrorf("--log-format %q: want console or json", g.logFormat)
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print figcheck's version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "figcheck %s\n", version)
			return err
		},
	}
}

// isTerminal reports whether w is a terminal (for colours and progress bars).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && termIsTerminal(int(f.Fd()))
}
