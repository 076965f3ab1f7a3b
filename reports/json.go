package reports

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/rules"
)

// jsonReport is DESIGN §3; field order is the key order written.
type jsonReport struct {
	Tool    string       `json:"tool"`
	Version string       `json:"version"`
	Sources []jsonSource `json:"sources"`
	// Figures are streamed straight from the result by WriteJSON.
	Findings []jsonFinding    `json:"findings"`
	Summary  pipeline.Summary `json:"summary"`
}

type jsonSource struct {
	Path     string            `json:"path"`
	Kind     figure.SourceKind `json:"kind"`
	SHA256   string            `json:"sha256"`
	Figures  int               `json:"figures"`
	Error    string            `json:"error"`
	Warnings []string          `json:"warnings,omitempty"`
}

type jsonBound struct {
	Low  float64 `json:"low"`
	High float64 `json:"high"`
	Unit string  `json:"unit"`
}

type jsonFinding struct {
	ID       string         `json:"id"`
	Rule     string         `json:"rule"`
	Severity rules.Severity `json:"severity"`
	Message  string         `json:"message"`
	Figures  []string       `json:"figures"`
	Expected *jsonBound     `json:"expected"`
	Actual   *jsonBound     `json:"actual"`
	Metric   string         `json:"metric"`
	Period   figure.Period  `json:"period"`
	// Additions to §3 that CI consumers find useful.
	Difference float64 `json:"difference"`
	DiffPct    float64 `json:"difference_pct"`
	Suggestion string  `json:"suggestion,omitempty"`
	Waived     string  `json:"waived,omitempty"`
	// Present only when a baseline was used.
	New    *bool   `json:"new,omitempty"`
	Status *string `json:"status,omitempty"`
	Note   *string `json:"note,omitempty"`
}

// WriteJSON writes res as one JSON document in the shape of DESIGN §3:
// tool, version, sources, figures, findings, summary, in that order. The
// output depends on res alone, so the same result gives the same bytes.
// Findings carry new, status and note when a baseline was used. Values that
// are not finite numbers are written as 0.
//
// The document is streamed one element per line (sources, figures and
// findings each on a line of their own), so a report of a million figures
// never sits in memory twice and stays easy to diff and grep.
func WriteJSON(w io.Writer, res *pipeline.Result) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	put := func(v any) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	list := func(key string, n int, item func(i int) any) error {
		fmt.Fprintf(bw, ",\n%q:[", key)
		for i := 0; i < n; i++ {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteByte('\n')
			if err := put(item(i)); err != nil {
				return err
			}
		}
		if n > 0 {
			bw.WriteByte('\n')
		}
		bw.WriteByte(']')
		return nil
	}
	rep := jsonOf(res)
	fmt.Fprintf(bw, "{%q:", "tool")
	if err := put(rep.Tool); err != nil {
		return err
	}
	fmt.Fprintf(bw, ",%q:", "version")
	if err := put(rep.Version); err != nil {
		return err
	}
	if err := list("sources", len(rep.Sources), func(i int) any { return rep.Sources[i] }); err != nil {
		return err
	}
	fmt.Fprintf(bw, ",\n%q:[", "figures")
	var line []byte
	for i := range res.Figures {
		f := &res.Figures[i]
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
		if !isFinite(f.Value) || !isFinite(f.Low) || !isFinite(f.High) {
			c := *f
			c.Value, c.Low, c.High = finite(c.Value), finite(c.Low), finite(c.High)
			f = &c
		}
		line = appendFigureJSON(line[:0], f)
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	if len(res.Figures) > 0 {
		bw.WriteByte('\n')
	}
	bw.WriteByte(']')
	if err := list("findings", len(rep.Findings), func(i int) any { return rep.Findings[i] }); err != nil {
		return err
	}
	fmt.Fprintf(bw, ",\n%q:", "summary")
	if err := put(rep.Summary); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// withBaseline reports whether the findings were triaged against a baseline.
func withBaseline(res *pipeline.Result) bool {
	if res.Baseline != "" {
		return true
	}
	for _, f := range res.Findings {
		if f.New != nil {
			return true
		}
	}
	return false
}

func jsonOf(res *pipeline.Result) jsonReport {
	rep := jsonReport{
		Tool:     res.Tool,
		Version:  res.Version,
		Sources:  make([]jsonSource, 0, len(res.Sources)),
		Findings: make([]jsonFinding, 0, len(res.Findings)),
		Summary:  res.Summary,
	}
	if rep.Tool == "" {
		rep.Tool = "figcheck"
	}
	for _, s := range res.Sources {
		rep.Sources = append(rep.Sources, jsonSource{Path: s.Path, Kind: s.Kind, SHA256: s.SHA256,
			Figures: s.Figures, Error: s.Error, Warnings: s.Warnings})
	}
	base := withBaseline(res)
	for _, f := range res.Findings {
		jf := jsonFinding{
			ID: f.ID, Rule: f.Rule, Severity: f.Severity, Message: f.Message,
			Figures: f.Figures, Expected: boundJSON(f.Expected), Actual: boundJSON(f.Actual),
			Metric: f.Metric, Period: f.Period,
			Difference: finite(f.Difference), DiffPct: finite(f.DiffPct),
			Suggestion: f.Suggestion, Waived: f.Waived,
		}
		if jf.Figures == nil {
			jf.Figures = []string{}
		}
		if base {
			isNew := f.New == nil || *f.New
			status, note := f.Status, f.Note
			jf.New, jf.Status, jf.Note = &isNew, &status, &note
		}
		rep.Findings = append(rep.Findings, jf)
	}
	return rep
}

func boundJSON(b *rules.Bound) *jsonBound {
	if b == nil {
		return nil
	}
	return &jsonBound{Low: finite(b.Low), High: finite(b.High), Unit: b.Unit}
}
