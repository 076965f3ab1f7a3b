package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	ruleset "figcheck/rules"
)

// newRulesCmd builds `figcheck rules list|lint|explain|test`.
func newRulesCmd() *cobra.Command {
	var cfg ruleset.Config
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List, lint, explain and test rules",
		Long: "Rules are YAML files whose selectors and checks are expr-lang expressions.\n" +
			"The built-in pack is loaded unless --no-builtin-rules; --rules adds files.",
	}
	cmd.PersistentFlags().StringArrayVar(&cfg.Files, "rules", nil, "extra rule file (repeatable)")
	cmd.PersistentFlags().BoolVar(&cfg.NoBuiltin, "no-builtin-rules", false, "drop the built-in rule pack")
	load := func(cmd *cobra.Command) (*ruleset.Pack, error) {
		p, err := ruleset.Load(cmd.Context(), cfg)
		if err != nil {
			return nil, withCode(ExitUsage, err)
		}
		return p, nil
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the rules in use",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := load(cmd)
			if err != nil {
				return err
			}
			return p.WriteList(cmd.OutOrStdout())
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "lint FILE...",
		Short: "Compile rule files and report problems as file:line:col: message",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			probs := ruleset.Lint(args...)
			for _, p := range probs {
				fmt.Fprintln(cmd.OutOrStdout(), p.String())
			}
			if len(probs) > 0 {
				return withCode(ExitUsage, fmt.Errorf("%d problem(s) in rule files", len(probs)))
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "%d file(s) OK\n", len(args))
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "explain ID",
		Short: "Describe a rule: its expressions and a worked example",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := load(cmd)
			if err != nil {
				return err
			}
			s, err := p.Explain(cmd.Context(), args[0])
			if err != nil {
				return withCode(ExitUsage, err)
			}
			fmt.Fprint(cmd.OutOrStdout(), s)
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "test FILE...",
		Short: "Run the examples rule files carry; non-zero exit on failure",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c := cfg
			c.Files = append(append([]string(nil), cfg.Files...), args...)
			p, err := ruleset.Load(cmd.Context(), c)
			if err != nil {
				return withCode(ExitUsage, err)
			}
			res, err := p.RunExamples(cmd.Context(), args...)
			if err != nil {
				return withCode(ExitUsage, err)
			}
			failed := 0
			for _, r := range res {
				status := "PASS"
				if !r.Pass {
					status = "FAIL"
					failed++
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s %s/%s (%s:%d)\n", status, r.Rule, r.Example, r.File, r.Line)
				if !r.Pass {
					fmt.Fprintf(cmd.OutOrStdout(), "     %s\n", r.Detail)
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d example(s), %d failed\n", len(res), failed)
			switch {
			case failed > 0:
				return withCode(ExitFindings, fmt.Errorf("%d rule example(s) failed", failed))
			case len(res) == 0:
				return withCode(ExitUsage, errors.New("no examples in the given rule files"))
			}
			return nil
		},
	})
	return cmd
}
