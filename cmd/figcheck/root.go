package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
)

// globalFlags are shared by every subcommand.
type globalFlags struct {
	logLevel  string
	logFormat string
	// memoryLimitMiB is the Go runtime's soft memory limit (0: none).
	memoryLimitMiB int64
}

// defaultMemoryLimitMiB keeps a run of a million figures under 1 GiB of
// resident memory: past it the garbage collector works harder instead of
// letting the heap double (it never takes more than half the CPU for it).
const defaultMemoryLimitMiB = 900

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
	root.PersistentFlags().Int64Var(&g.memoryLimitMiB, "memory-limit", defaultMemoryLimitMiB,
		"soft memory limit in `MiB` for the Go runtime, raised when the live heap outgrows 70% of it (0: none; the GOMEMLIMIT variable wins unless this flag is given)")
	var stopGovernor context.CancelFunc
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		limit, err := g.applyMemoryLimit(cmd.Flags().Changed("memory-limit"), os.Getenv("GOMEMLIMIT") != "")
		if err == nil && limit > 0 {
			var ctx context.Context
			ctx, stopGovernor = context.WithCancel(cmd.Context())
			go governMemory(ctx, limit, 250*time.Millisecond)
		}
		return err
	}
	// The governor ends after the command, or with the command's context when
	// the command fails (cobra skips post-run hooks then; main cancels it).
	root.PersistentPostRun = func(*cobra.Command, []string) {
		if stopGovernor != nil {
			stopGovernor()
		}
	}
	root.AddCommand(newCheckCmd(g), newExtractCmd(g), newVersionCmd())
	for _, extra := range extraCommands(g) {
		root.AddCommand(extra)
	}
	return root
}

// applyMemoryLimit sets the runtime's soft memory limit from --memory-limit,
// unless GOMEMLIMIT is set and the flag was not given. It returns the limit
// it set (0: none set, or no limit).
func (g *globalFlags) applyMemoryLimit(flagGiven, envSet bool) (int64, error) {
	if g.memoryLimitMiB < 0 || g.memoryLimitMiB > math.MaxInt64>>20 {
		return 0, usageErrorf("--memory-limit %d: want a size in MiB (at most %d), or 0 for none", g.memoryLimitMiB, int64(math.MaxInt64>>20))
	}
	if envSet && !flagGiven {
		return 0, nil
	}
	if g.memoryLimitMiB == 0 {
		debug.SetMemoryLimit(math.MaxInt64)
		return 0, nil
	}
	limit := g.memoryLimitMiB << 20
	debug.SetMemoryLimit(limit)
	return limit, nil
}

// headroom is the share of the soft memory limit the live heap may fill
// before governMemory raises the limit.
const headroom = 0.7

// governMemory raises the soft memory limit when the live heap grows past
// headroom of it: the limit keeps a run from doubling its heap while there is
// room, but a run whose live data outgrows it must not spend its time in the
// collector (at a million figures that made the rules stage 2.5 times slower).
// The limit is never lowered. It returns when ctx ends.
func governMemory(ctx context.Context, limit int64, every time.Duration) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return
		}
		if live := float64(sample[0].Value.Uint64()); live > headroom*float64(limit) {
			limit = int64(live / headroom)
			debug.SetMemoryLimit(limit)
		}
	}
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
