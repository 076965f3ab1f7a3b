package main

import (
	"fmt"
	"time"

	"github.com/spf13/pflag"

	"figcheck/examples"
	"figcheck/pipeline"
)

// inputFlags are the flags that check and extract share.
type inputFlags struct {
	date        string
	glossaries  []string
	maxInputMiB int64
}

func (f *inputFlags) bind(fs *pflag.FlagSet) {
	fs.StringVar(&f.date, "date", "", "publication date `YYYY-MM-DD` for articles that state none")
	fs.StringArrayVar(&f.glossaries, "glossary", nil, "extra subject vocabulary `FILE` (YAML; repeatable)")
	fs.Int64Var(&f.maxInputMiB, "max-input-size", 64, "refuse inputs larger than this many `MiB`")
}

// config turns the flags and paths into a pipeline configuration; with no
// paths the bundled example corpus is used.
func (f *inputFlags) config(paths []string) (pipeline.Config, error) {
	var cfg pipeline.Config
	if f.date != "" {
		d, err := time.Parse("2006-01-02", f.date)
		if err != nil {
			return cfg, usageErrorf("--date %q: want YYYY-MM-DD", f.date)
		}
		cfg.Date = d
	}
	if f.maxInputMiB <= 0 {
		return cfg, usageErrorf("--max-input-size must be positive")
	}
	cfg.MaxBytes = f.maxInputMiB << 20
	cfg.GlossaryFiles = f.glossaries
	var err error
	if len(paths) == 0 {
		cfg.Inputs, err = pipeline.CollectFS(examples.Corpus())
	} else {
		cfg.Inputs, err = pipeline.CollectPaths(paths)
	}
	if err != nil {
		return cfg, withCode(ExitUsage, fmt.Errorf("inputs: %w", err))
	}
	return cfg, nil
}
