// Package reports renders one pipeline.Result in the formats figcheck offers:
// an Excel workbook an editor works from (xlsx), DESIGN §3 JSON, a short text
// summary, and the CI formats junit, sarif and github (workflow commands).
// Every writer takes the whole Result and writes nothing but its format, so
// that stdout stays parseable; logs belong on stderr.
package reports

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/rules"
)

// Format describes one output format.
type Format struct {
	Name        string
	Description string
	// Binary formats (xlsx) belong in a file, not on a terminal.
	Binary bool
	write  func(w io.Writer, res *pipeline.Result) error
}

// formats is the registry, in the order help text lists them.
var formats = []Format{
	{Name: "xlsx", Description: "Excel workbook for editors: Summary, Findings, Figures, Sources, Rules", Binary: true,
		write: func(w io.Writer, res *pipeline.Result) error { return WriteXLSXTo(w, res, XLSXOptions{}) }},
	{Name: "json", Description: "findings as JSON (DESIGN §3)", write: WriteJSON},
	{Name: "text", Description: "short human summary", write: WriteText},
	{Name: "junit", Description: "JUnit XML: a test suite per rule, a test case per rule and source", write: WriteJUnit},
	{Name: "sarif", Description: "SARIF 2.1.0 for code-scanning tools", write: WriteSARIF},
	{Name: "github", Description: "GitHub Actions workflow commands (annotations)", write: WriteGitHub},
}

// Formats returns the names of every output format, for --format and help text.
func Formats() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = f.Name
	}
	return out
}

// Lookup returns the format called name.
func Lookup(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Write renders res in the named format.
func (f Format) Write(w io.Writer, res *pipeline.Result) error { return f.write(w, res) }

// Write renders res in the format called name.
func Write(name string, w io.Writer, res *pipeline.Result) error {
	f, ok := Lookup(name)
	if !ok {
		return fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(Formats(), ", "))
	}
	return f.Write(w, res)
}

// ParseFormats reads a --format list such as "xlsx,json" into format names,
// dropping blanks and repeats; an unknown name is an error.
func ParseFormats(list string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, part := range strings.Split(list, ",") {
		name := strings.ToLower(strings.TrimSpace(part))
		if name == "" || seen[name] {
			continue
		}
		if _, ok := Lookup(name); !ok {
			return nil, fmt.Errorf("unknown format %q (want any of %s)", name, strings.Join(Formats(), ","))
		}
		seen[name] = true
		out = append(out, name)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no format given (want any of %s)", strings.Join(Formats(), ","))
	}
	return out, nil
}

// WriteFileAtomic writes path through fn: to a temporary file in the same
// folder, synced and then renamed over path, so that readers never see a
// partial file. On any error the temporary file is removed and path is untouched.
//
// A path that exists and is not a regular file (/dev/null, a named pipe,
// /dev/stdout) is written directly: renaming over it would replace the device.
func WriteFileAtomic(path string, fn func(w io.Writer) error) (err error) {
	if st, serr := os.Stat(path); serr == nil && !st.Mode().IsRegular() {
		if st.IsDir() {
			return fmt.Errorf("%s is a directory", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		if err := fn(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if err = fn(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(name, 0o644); err != nil {
		return err
	}
	return os.Rename(name, path)
}

// SamePath reports whether two paths name the same file: equal once made
// absolute, or the same file on disk (links included).
func SamePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	aa, err1 := filepath.Abs(a)
	ab, err2 := filepath.Abs(b)
	if err1 == nil && err2 == nil && aa == ab {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// index gives the writers quick access to figures and their sources.
type index struct {
	res    *pipeline.Result
	figRow map[string]int // figure id → position in res.Figures
}

func newIndex(res *pipeline.Result) *index {
	ix := &index{res: res, figRow: make(map[string]int, len(res.Figures))}
	for i, f := range res.Figures {
		if _, dup := ix.figRow[f.ID]; !dup {
			ix.figRow[f.ID] = i
		}
	}
	return ix
}

// figure returns the figure with the given id.
func (ix *index) figure(id string) (*figure.Figure, bool) {
	i, ok := ix.figRow[id]
	if !ok {
		return nil, false
	}
	return &ix.res.Figures[i], true
}

// claim returns the figure a finding is about: its first figure.
func (ix *index) claim(f rules.Finding) (*figure.Figure, bool) {
	if len(f.Figures) == 0 {
		return nil, false
	}
	return ix.figure(f.Figures[0])
}

// location renders where a finding's claim was stated ("" when unknown).
func (ix *index) location(f rules.Finding) string {
	if c, ok := ix.claim(f); ok {
		return c.Location()
	}
	return ""
}

// sourcesOf lists the distinct sources of a finding's figures, sorted.
func (ix *index) sourcesOf(f rules.Finding) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range f.Figures {
		src := ""
		if fig, ok := ix.figure(id); ok {
			src = fig.Source
		}
		if src == "" || seen[src] {
			continue
		}
		seen[src] = true
		out = append(out, src)
	}
	sort.Strings(out)
	return out
}

// claimSource returns the source of a finding's claim ("" when unknown).
func (ix *index) claimSource(f rules.Finding) string {
	if c, ok := ix.claim(f); ok {
		return c.Source
	}
	return ""
}
