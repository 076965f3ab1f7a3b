package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"figcheck/pipeline"
	"figcheck/pipeline/triage"
	"figcheck/reports"
	"figcheck/rules"
)

// checkFlags are the flags of figcheck check beyond the shared input flags.
type checkFlags struct {
	inputFlags
	out        string
	formats    string
	jsonOut    string
	junitOut   string
	sarifOut   string
	ruleFiles  []string
	noBuiltin  bool
	rates      string
	failOn     string
	baseline   string
	waivers    string
	noProgress bool
}

func newCheckCmd(g *globalFlags) *cobra.Command {
	f := &checkFlags{}
	cmd := &cobra.Command{
		Use:   "check [flags] [PATH...]",
		Short: "Check the figures of articles and sheets and write the discrepancy report",
		Long: "check reads every PATH (files, or folders walked recursively), checks the figures with the rule\n" +
			"pack and writes the Excel report plus any machine-readable formats. With no PATH it checks the\n" +
			"bundled example corpus.\n\nExit codes: 0 nothing at or above --fail-on; 1 findings at or above it;\n" +
			"2 usage or configuration error, or an input that could not be read.",
		RunE: func(cmd *cobra.Command, args []string) error { return runCheck(cmd, g, f, args) },
	}
	fs := cmd.Flags()
	f.inputFlags.bind(fs)
	fs.StringVarP(&f.out, "out", "o", "figcheck-report.xlsx", "Excel report `FILE` (written atomically)")
	fs.StringVar(&f.formats, "format", "xlsx,text", "outputs: any of "+strings.Join(reports.Formats(), ","))
	fs.StringVar(&f.jsonOut, "json-out", "", "write the json format to `FILE` instead of stdout")
	fs.StringVar(&f.junitOut, "junit-out", "", "write the junit format to `FILE` instead of stdout")
	fs.StringVar(&f.sarifOut, "sarif-out", "", "write the sarif format to `FILE` instead of stdout")
	fs.StringArrayVar(&f.ruleFiles, "rules", nil, "extra rule `FILE` (YAML; repeatable)")
	fs.BoolVar(&f.noBuiltin, "no-builtin-rules", false, "drop the built-in rule pack")
	fs.StringVar(&f.rates, "rates", "", "exchange-rate sheet `FILE` (.csv or .xlsx) overriding the built-in table")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding at or above this severity exists: error, warning, info or never")
	fs.StringVar(&f.baseline, "baseline", "", "previous report `FILE` (.json or .xlsx): carry triage forward, mark new findings")
	fs.StringVar(&f.waivers, "waivers", "", "waiver `FILE` (YAML)")
	fs.BoolVar(&f.noProgress, "no-progress", false, "never show a progress bar")
	return cmd
}

func runCheck(cmd *cobra.Command, g *globalFlags, f *checkFlags, args []string) error {
	formats, err := reports.ParseFormats(f.formats)
	if err != nil {
		return withCode(ExitUsage, fmt.Errorf("--format: %w", err))
	}
	failSev, err := failOnSeverity(f.failOn)
	if err != nil {
		return err
	}
	log, err := g.logger(cmd.ErrOrStderr())
	if err != nil {
		return err
	}
	cfg, err := f.config(args)
	if err != nil {
		return err
	}
	cfg.Logger, cfg.Version = log, version
	cfg.Rules = rules.Config{Files: f.ruleFiles, NoBuiltin: f.noBuiltin, RatesFile: f.rates}
	cfg.Baseline, cfg.Waivers = f.baseline, f.waivers
	if err := refuseOverwrite(cfg.Inputs, f.out, f.jsonOut, f.junitOut, f.sarifOut); err != nil {
		return err
	}
	if err := refuseSharedOutput(formats, f); err != nil {
		return err
	}
	bar := newProgress(cmd.ErrOrStderr(), !f.noProgress && g.logFormat == "console")
	cfg.Progress = bar.update
	res, err := pipeline.Run(cmd.Context(), cfg)
	bar.finish()
	if res != nil {
		res.Options = map[string]string{"fail-on": f.failOn}
	}
	if err != nil {
		if errors.Is(err, pipeline.ErrInterrupted) {
			return withCode(ExitUsage, errors.New("interrupted: no report written"))
		}
		return withCode(ExitUsage, err)
	}
	if err := writeOutputs(cmd, f, formats, res); err != nil {
		return withCode(ExitUsage, err)
	}
	if err := sourceFailures(cmd, res); err != nil {
		return err
	}
	if failSev != "" && triage.Summarize(res.Findings).AtOrAbove(failSev) > 0 {
		return withCode(ExitFindings, fmt.Errorf("findings at or above --fail-on=%s", f.failOn))
	}
	return nil
}

// writeOutputs writes every requested format. Data formats go to their file or
// stdout; when any data goes to stdout, the text summary moves to stderr so that
// stdout stays parseable.
func writeOutputs(cmd *cobra.Command, f *checkFlags, formats []string, res *pipeline.Result) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	fileFor := map[string]string{"json": f.jsonOut, "junit": f.junitOut, "sarif": f.sarifOut}
	dataOnStdout := false
	for _, name := range formats {
		if name != "xlsx" && name != "text" && fileFor[name] == "" {
			dataOnStdout = true
		}
	}
	inputs := inputPaths(res)
	// Files are written concurrently (each reads the result only); stdout
	// and the text summary follow, in the order asked, once they are done.
	fileErrs := make([]error, len(formats))
	var wg sync.WaitGroup
	for i, name := range formats {
		var write func() error
		switch {
		case name == "xlsx":
			write = func() error {
				if err := reports.WriteXLSX(f.out, res, reports.XLSXOptions{InputPaths: inputs}); err != nil {
					return fmt.Errorf("write %s: %w", f.out, err)
				}
				return nil
			}
		case name != "text" && fileFor[name] != "":
			path := fileFor[name]
			write = func() error {
				if err := reports.WriteFileAtomic(path, func(w io.Writer) error { return reports.Write(name, w, res) }); err != nil {
					return fmt.Errorf("write %s: %w", path, err)
				}
				return nil
			}
		default:
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			fileErrs[i] = write()
		}()
	}
	wg.Wait()
	for _, err := range fileErrs {
		if err != nil {
			return err
		}
	}
	for _, name := range formats {
		switch {
		case name == "xlsx" || name != "text" && fileFor[name] != "":
			// written above
		case name == "text":
			w := stdout
			if dataOnStdout {
				w = stderr
			}
			if err := reports.Write(name, w, res); err != nil {
				return err
			}
			if hasFormat(formats, "xlsx") {
				fmt.Fprintf(w, "Report written to %s\n", f.out)
			}
		default:
			if err := reports.Write(name, stdout, res); err != nil {
				return err
			}
		}
	}
	return nil
}

func hasFormat(formats []string, name string) bool {
	for _, f := range formats {
		if f == name {
			return true
		}
	}
	return false
}

// refuseOverwrite stops a run whose output path is one of its inputs.
func refuseOverwrite(inputs []pipeline.Input, outs ...string) error {
	for _, out := range outs {
		if out == "" {
			continue
		}
		ao, err := filepath.Abs(out)
		if err != nil {
			continue
		}
		for _, in := range inputs {
			if in.Path == "" {
				continue
			}
			ai, err := filepath.Abs(in.Path)
			if err == nil && ai == ao {
				return usageErrorf("output %s is also an input: refusing to overwrite it", out)
			}
			if si, err1 := os.Stat(in.Path); err1 == nil {
				if so, err2 := os.Stat(out); err2 == nil && os.SameFile(si, so) {
					return usageErrorf("output %s is also an input: refusing to overwrite it", out)
				}
			}
		}
	}
	return nil
}

// refuseSharedOutput stops a run that would write two reports to one file:
// they are written at the same time, and one would silently replace the
// other. Devices (/dev/null) may be shared.
func refuseSharedOutput(formats []string, f *checkFlags) error {
	paths := map[string]string{"xlsx": f.out, "json": f.jsonOut, "junit": f.junitOut, "sarif": f.sarifOut}
	seen := map[string]string{}
	for _, name := range formats {
		p := paths[name]
		if p == "" || strings.HasPrefix(p, "/dev/") {
			continue
		}
		ap, err := filepath.Abs(p)
		if err != nil {
			ap = p
		}
		if other, dup := seen[ap]; dup {
			return usageErrorf("the %s and %s reports would both be written to %s: give each its own file", other, name, p)
		}
		seen[ap] = name
	}
	return nil
}

func inputPaths(res *pipeline.Result) []string {
	out := make([]string, 0, len(res.Sources))
	for _, s := range res.Sources {
		out = append(out, s.Path)
	}
	return out
}

// failOnSeverity checks --fail-on; "never" gives the empty severity.
func failOnSeverity(s string) (rules.Severity, error) {
	switch s {
	case "never":
		return "", nil
	case string(rules.SevError), string(rules.SevWarning), string(rules.SevInfo):
		return rules.Severity(s), nil
	}
	return "", usageErrorf("--fail-on %q: want error, warning, info or never", s)
}
