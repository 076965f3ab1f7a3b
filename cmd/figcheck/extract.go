package main

import (
	"bufio"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"figcheck/pipeline"
)

func newExtractCmd(g *globalFlags) *cobra.Command {
	in := &inputFlags{}
	var format string
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "Print the figures found in articles and sheets, nothing checked",
		Long:  "extract reads the inputs and prints every figure found. --format json prints one JSON object per\nline in the shape of DESIGN §2; --format text prints a readable table.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "text" {
				return usageErrorf("--format %q: want json or text", format)
			}
			log, err := g.logger(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			cfg, err := in.config(args)
			if err != nil {
				return err
			}
			cfg.SkipRules, cfg.Logger, cfg.Version = true, log, version
			res, err := pipeline.Run(cmd.Context(), cfg)
			if err != nil {
				return withCode(ExitUsage, err)
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			for _, f := range res.Figures {
				if format == "json" {
					err = enc.Encode(f)
				} else {
					_, err = fmt.Fprintf(w, "%-28s %-22q %14g %-8s %-8s %-32s %s\n", f.Location(), f.Quote, f.Value, f.Unit, f.Measure, f.Metric, f.Period)
				}
				if err != nil {
					return err
				}
			}
			if err := w.Flush(); err != nil {
				return err
			}
			return sourceFailures(cmd, res)
		},
	}
	in.bind(cmd.Flags())
	cmd.Flags().StringVar(&format, "format", "json", "output format: json (one figure per line) or text")
	return cmd
}

// sourceFailures prints each input that could not be read to stderr and returns
// an exit-2 error when there was any.
func sourceFailures(cmd *cobra.Command, res *pipeline.Result) error {
	n := 0
	for _, s := range res.Sources {
		if s.Error != "" {
			n++
			fmt.Fprintf(cmd.ErrOrStderr(), "figcheck: cannot read %s\n", s.Error)
		}
	}
	if n > 0 {
		return withCode(ExitUsage, fmt.Errorf("%d of %d inputs could not be read", n, len(res.Sources)))
	}
	return nil
}
