package main

import (
	"context"
	"fmt"
	"net"

	"github.com/spf13/cobra"

	"figcheck/pipeline"
	"figcheck/rules"
	"figcheck/serve"
)

// serveFlags are the flags of figcheck serve.
type serveFlags struct {
	addr       string
	sources    []string
	ruleFiles  []string
	noBuiltin  bool
	rates      string
	glossaries []string
	maxBodyMiB int64
	keep       int
}

func newServeCmd(g *globalFlags) *cobra.Command {
	f := &serveFlags{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the editor's page: paste an article, see every figure checked",
		Long: "serve starts a web page where an editor pastes an article (or drops files), sets the\n" +
			"publication date and sees every figure highlighted by verdict, with how it was read and the\n" +
			"findings it is part of, and downloads the Excel report. POST /api/check answers with the JSON\n" +
			"of `check --format json`. Reference sheets in the --sources folders are compared with every\n" +
			"article and re-read when they change. It listens on loopback unless --addr says otherwise.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runServe(cmd, g, f) },
	}
	fs := cmd.Flags()
	fs.StringVar(&f.addr, "addr", serve.DefaultAddr, "listen `ADDRESS` (host:port)")
	fs.StringArrayVar(&f.sources, "sources", nil, "folder of reference sheets (`DIR`, repeatable), re-read when its files change")
	fs.StringArrayVar(&f.ruleFiles, "rules", nil, "extra rule `FILE` (YAML; repeatable)")
	fs.BoolVar(&f.noBuiltin, "no-builtin-rules", false, "drop the built-in rule pack")
	fs.StringVar(&f.rates, "rates", "", "exchange-rate sheet `FILE` (.csv or .xlsx) overriding the built-in table")
	fs.StringArrayVar(&f.glossaries, "glossary", nil, "extra subject vocabulary `FILE` (YAML; repeatable)")
	fs.Int64Var(&f.maxBodyMiB, "max-request-size", serve.DefaultMaxBody>>20, "refuse requests (pasted text plus uploads) larger than this many `MiB`")
	fs.IntVar(&f.keep, "keep-runs", serve.DefaultKeepRuns, "recent checks kept in memory for their pages and Excel downloads")
	return cmd
}

func runServe(cmd *cobra.Command, g *globalFlags, f *serveFlags) error {
	log, err := g.logger(cmd.ErrOrStderr())
	if err != nil {
		return err
	}
	if f.maxBodyMiB <= 0 || f.keep <= 0 {
		return usageErrorf("--max-request-size and --keep-runs must be positive")
	}
	cfg := serve.Config{
		SourceDirs: f.sources,
		Pipeline: pipeline.Config{
			GlossaryFiles: f.glossaries,
			Rules:         rules.Config{Files: f.ruleFiles, NoBuiltin: f.noBuiltin, RatesFile: f.rates},
			Version:       version,
			Logger:        log,
		},
		MaxBody:  f.maxBodyMiB << 20,
		KeepRuns: f.keep,
	}
	if serve.IsLoopback(f.addr) {
		cfg.AllowedHosts = serve.LoopbackHosts()
	} else {
		log.Warn().Str("addr", f.addr).Msg("listening beyond loopback: anyone who can reach this address can use the page")
	}
	srv, err := serve.New(cfg)
	if err != nil {
		return withCode(ExitUsage, err)
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return usageErrorf("--addr %s: %v", f.addr, err)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "figcheck serve: open http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	if err := srv.Serve(ctx, ln); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
