package triage

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"figcheck/rules"
)

// MaxWaiverBytes refuses waiver files larger than this.
const MaxWaiverBytes = 4 << 20

// Waiver accepts findings with a reason: one finding by its ID, or every
// finding of Rule whose figures come from a source matching the glob Source.
type Waiver struct {
	ID     string
	Rule   string
	Source string
	Reason string
	// Expires is the last day the waiver applies (zero: never expires).
	Expires time.Time
	// File and Line locate the waiver for messages.
	File string
	Line int
}

// Expired reports whether the waiver no longer applies on day today.
func (w Waiver) Expired(today time.Time) bool {
	if w.Expires.IsZero() {
		return false
	}
	y, m, d := today.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(w.Expires)
}

// describe names what the waiver covers, for messages.
func (w Waiver) describe() string {
	if w.ID != "" {
		return "finding " + w.ID
	}
	if w.Source == "" {
		return "rule " + w.Rule
	}
	return fmt.Sprintf("rule %s in %s", w.Rule, w.Source)
}

// Waivers is a loaded waiver file. The zero Waivers waives nothing.
type Waivers struct {
	List []Waiver
}

// Len returns the number of waivers.
func (ws Waivers) Len() int { return len(ws.List) }

// SourceFunc maps a figure id to the path of its source.
type SourceFunc func(figureID string) string

// SourceFromID is the SourceFunc used when none is given: the figure id up to
// its last '#' ("articles/chip.txt#7" → "articles/chip.txt").
func SourceFromID(id string) string {
	if i := strings.LastIndexByte(id, '#'); i >= 0 {
		return id[:i]
	}
	return id
}

// Apply waives the findings a waiver covers (setting Finding.Waived to its
// reason) and returns one message per expired waiver; expired waivers waive
// nothing. Sources are taken from the figure ids (see SourceFromID); use
// ApplySources when the ids do not carry the full path.
func (ws Waivers) Apply(findings []rules.Finding, today time.Time) (expired []string) {
	return ws.ApplySources(findings, today, nil)
}

// ApplySources is Apply with a lookup from figure id to source path. A rule
// waiver with a source pattern covers a finding when any of its figures comes
// from a matching source.
func (ws Waivers) ApplySources(findings []rules.Finding, today time.Time, sourceOf SourceFunc) (expired []string) {
	if sourceOf == nil {
		sourceOf = SourceFromID
	}
	active := make([]Waiver, 0, len(ws.List))
	for _, w := range ws.List {
		if w.Expired(today) {
			expired = append(expired, fmt.Sprintf("%s:%d: waiver for %s expired on %s (%s)",
				w.File, w.Line, w.describe(), w.Expires.Format(time.DateOnly), w.Reason))
			continue
		}
		active = append(active, w)
	}
	if len(active) == 0 {
		return expired
	}
	for i := range findings {
		f := &findings[i]
		for _, w := range active {
			if w.covers(f, sourceOf) {
				f.Waived = w.Reason
				break
			}
		}
	}
	return expired
}

func (w Waiver) covers(f *rules.Finding, sourceOf SourceFunc) bool {
	if w.ID != "" {
		return f.ID == w.ID
	}
	if ok, _ := path.Match(w.Rule, f.Rule); !ok {
		return false
	}
	if w.Source == "" {
		return true
	}
	for _, id := range f.Figures {
		if matchSource(w.Source, sourceOf(id)) {
			return true
		}
	}
	return false
}

// matchSource matches a glob against a source path; a pattern without '/'
// also matches the path's base name ("*.xlsx" matches "sheets/a.xlsx").
func matchSource(pattern, src string) bool {
	src = filepath.ToSlash(src)
	if ok, _ := path.Match(pattern, src); ok {
		return true
	}
	if !strings.Contains(pattern, "/") {
		ok, _ := path.Match(pattern, path.Base(src))
		return ok
	}
	return false
}

// LoadWaivers reads a YAML waiver file:
//
//	waivers:
//	  - id: cumulative-sum-1a2b3c
//	    reason: the agency revised January; the article is right
//	  - rule: scale-error
//	    source: "sheets/legacy-*.xlsx"
//	    reason: legacy sheets state units in the title row
//	    expires: 2026-12-31
//
// A bare list without the "waivers" key is accepted too. Errors name file:line.
func LoadWaivers(path string) (Waivers, error) {
	fh, err := os.Open(path)
	if err != nil {
		return Waivers{}, err
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, MaxWaiverBytes+1))
	if err != nil {
		return Waivers{}, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > MaxWaiverBytes {
		return Waivers{}, fmt.Errorf("%s: over the %d-byte limit for a waiver file", path, MaxWaiverBytes)
	}
	return ParseWaivers(data, path)
}

// ParseWaivers reads waivers from memory; name is used in errors.
func ParseWaivers(data []byte, name string) (Waivers, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return Waivers{}, nil // an empty file waives nothing
		}
		return Waivers{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(doc.Content) == 0 {
		return Waivers{}, nil
	}
	root := doc.Content[0]
	list := root
	if root.Kind == yaml.MappingNode {
		list = nil
		for i := 0; i+1 < len(root.Content); i += 2 {
			k := root.Content[i]
			if k.Value != "waivers" {
				return Waivers{}, fmt.Errorf("%s:%d: unknown key %q (want \"waivers\")", name, k.Line, k.Value)
			}
			list = root.Content[i+1]
		}
		if list == nil {
			return Waivers{}, nil
		}
	}
	if list.Kind == yaml.ScalarNode && list.Tag == "!!null" {
		return Waivers{}, nil
	}
	if list.Kind != yaml.SequenceNode {
		return Waivers{}, fmt.Errorf("%s:%d: want a list of waivers", name, list.Line)
	}
	ws := Waivers{List: make([]Waiver, 0, len(list.Content))}
	for _, item := range list.Content {
		w, err := parseWaiver(item, name)
		if err != nil {
			return Waivers{}, err
		}
		ws.List = append(ws.List, w)
	}
	return ws, nil
}

func parseWaiver(n *yaml.Node, name string) (Waiver, error) {
	w := Waiver{File: name, Line: n.Line}
	if n.Kind != yaml.MappingNode {
		return w, fmt.Errorf("%s:%d: a waiver is a mapping with id or rule, reason and optional expires", name, n.Line)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			return w, fmt.Errorf("%s:%d: %q given twice", name, k.Line, k.Value)
		}
		seen[k.Value] = true
		if v.Kind != yaml.ScalarNode {
			return w, fmt.Errorf("%s:%d: %s: want a single value", name, v.Line, k.Value)
		}
		val := strings.TrimSpace(v.Value)
		switch k.Value {
		case "id":
			w.ID = val
		case "rule":
			w.Rule = val
		case "source":
			w.Source = filepath.ToSlash(val)
			if _, err := path.Match(w.Source, ""); err != nil {
				return w, fmt.Errorf("%s:%d: source %q: bad pattern: %w", name, v.Line, val, err)
			}
		case "reason":
			w.Reason = val
		case "expires":
			t, err := time.Parse(time.DateOnly, val)
			if err != nil {
				return w, fmt.Errorf("%s:%d: expires %q: want YYYY-MM-DD", name, v.Line, val)
			}
			w.Expires = t
		default:
			return w, fmt.Errorf("%s:%d: unknown key %q (want id, rule, source, reason, expires)", name, k.Line, k.Value)
		}
	}
	switch {
	case w.ID == "" && w.Rule == "":
		return w, fmt.Errorf("%s:%d: a waiver needs an id or a rule", name, n.Line)
	case w.ID != "" && (w.Rule != "" || w.Source != ""):
		return w, fmt.Errorf("%s:%d: give either id or rule (with source), not both", name, n.Line)
	case w.Reason == "":
		return w, fmt.Errorf("%s:%d: a waiver needs a reason", name, n.Line)
	}
	if w.Rule != "" {
		if _, err := path.Match(w.Rule, ""); err != nil {
			return w, fmt.Errorf("%s:%d: rule %q: bad pattern: %w", name, n.Line, w.Rule, err)
		}
	}
	return w, nil
}
