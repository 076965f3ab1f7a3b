package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"figcheck/synthetic"
)

// newGenCmd builds `figcheck gen`: write a synthetic corpus with planted
// discrepancies and its manifest, for tests and benchmarks.
func newGenCmd() *cobra.Command {
	var opts synthetic.Options
	cmd := &cobra.Command{
		Use:   "gen [flags] OUTDIR",
		Short: "Write a synthetic corpus with planted discrepancies",
		Long: "gen writes realistic articles (articles/*.txt) and customs-style sheets (sheets/*.xlsx, *.csv)\n" +
			"drawn from one consistent set of numbers, plants known discrepancies in some of them, and lists\n" +
			"those in OUTDIR/manifest.json with the rule expected to report each. The same seed gives the same corpus.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Articles < 0 || opts.Sheets < 0 || opts.Articles+opts.Sheets == 0 {
				return usageErrorf("gen: --articles and --sheets must not be negative, and at least one must be positive")
			}
			m, err := synthetic.Generate(cmd.Context(), opts, args[0])
			if err != nil {
				return withCode(ExitUsage, err)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "wrote %d articles and %d sheets (%d figures, %d planted discrepancies) to %s\n",
				m.Articles, m.Sheets, m.Figures, len(m.Planted), args[0])
			return err
		},
	}
	f := cmd.Flags()
	f.IntVar(&opts.Articles, "articles", 20, "number of articles to write")
	f.IntVar(&opts.Sheets, "sheets", 10, "number of sheets to write")
	f.Int64Var(&opts.Seed, "seed", 1, "random seed; the same seed gives the same corpus")
	f.IntVar(&opts.LastYear, "year", 2024, "year of the newest sheets")
	f.IntVar(&opts.Partners, "partners", 0, "trading partners (0-12) that tidy CSV sheets break figures down by")
	f.BoolVar(&opts.Hard, "hard", false, "also use sentence shapes that are harder to extract (carried-over periods, 亿元 amounts)")
	f.BoolVar(&opts.Overwrite, "force", false, "replace a corpus already in OUTDIR")
	f.BoolVar(&opts.Gold, "gold", false, "also write gold/<article>.gold.json: the figures each article states")
	f.IntVar(&opts.Plants, "plants", 0, "discrepancies to plant (0: one per ten files, at least one of each kind; -1: none)")
	return cmd
}
