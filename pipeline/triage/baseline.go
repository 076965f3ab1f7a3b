package triage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"

	"figcheck/rules"
)

// MaxBaselineBytes refuses baseline files larger than this; a report with a
// million findings stays well below it.
const MaxBaselineBytes = 512 << 20

// FindingsSheet is the sheet of an Excel report that holds one row per finding;
// its columns ID, Status and Note are what a baseline reads back.
const FindingsSheet = "Findings"

// Entry is what the baseline remembers of one finding.
type Entry struct {
	Status string
	Note   string
}

// Baseline is a previous report's findings by id. The zero Baseline is empty:
// applying it marks every finding new.
type Baseline struct {
	// Path is the file it was read from.
	Path    string
	entries map[string]Entry
}

// Len returns the number of findings the baseline holds.
func (b Baseline) Len() int { return len(b.entries) }

// Lookup returns the baseline entry of a finding id.
func (b Baseline) Lookup(id string) (Entry, bool) {
	e, ok := b.entries[id]
	return e, ok
}

// Apply marks each finding new or not and carries the editor's Status and Note
// forward by finding id. New findings (and old ones without a status) get
// StatusOpen; a Note already set on a finding is kept when the baseline has none.
func (b Baseline) Apply(findings []rules.Finding) {
	for i := range findings {
		f := &findings[i]
		e, ok := b.entries[f.ID]
		isNew := !ok
		f.New = &isNew
		if ok {
			if st := NormalizeStatus(e.Status); st != "" {
				f.Status = st
			}
			if e.Note != "" {
				f.Note = e.Note
			}
		}
		if f.Status == "" {
			f.Status = StatusOpen
		}
	}
}

// LoadBaseline reads a previous report: figcheck's JSON (its findings' id,
// status and note) or its Excel report (the Findings sheet's ID, Status and
// Note columns). The format is recognised by content, not by extension.
func LoadBaseline(path string) (Baseline, error) {
	fh, err := os.Open(path)
	if err != nil {
		return Baseline{}, err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return Baseline{}, fmt.Errorf("%s: %w", path, err)
	}
	if st.IsDir() {
		return Baseline{}, fmt.Errorf("%s: is a directory, want a .json or .xlsx report", path)
	}
	if st.Size() > MaxBaselineBytes {
		return Baseline{}, fmt.Errorf("%s: %d bytes is over the %d-byte limit for a baseline", path, st.Size(), MaxBaselineBytes)
	}
	data, err := io.ReadAll(io.LimitReader(fh, MaxBaselineBytes+1))
	if err != nil {
		return Baseline{}, fmt.Errorf("%s: %w", path, err)
	}
	b, err := ParseBaseline(data, path)
	b.Path = path
	return b, err
}

// ParseBaseline reads a baseline from memory; name is used in errors.
func ParseBaseline(data []byte, name string) (Baseline, error) {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return parseBaselineXLSX(data, name)
	}
	return parseBaselineJSON(data, name)
}

// jsonReport is the part of a JSON report a baseline needs.
type jsonReport struct {
	Tool     string `json:"tool"`
	Findings []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
		Note   string `json:"note"`
	} `json:"findings"`
}

func parseBaselineJSON(data []byte, name string) (Baseline, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(trimmed) == 0 {
		return Baseline{}, fmt.Errorf("%s: empty file, want a figcheck JSON or Excel report", name)
	}
	if trimmed[0] != '{' {
		return Baseline{}, fmt.Errorf("%s: not a figcheck JSON report (does not start with '{') nor an Excel file", name)
	}
	var rep jsonReport
	if err := json.Unmarshal(trimmed, &rep); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		off := int64(-1)
		switch {
		case errors.As(err, &se):
			off = se.Offset
		case errors.As(err, &te):
			off = te.Offset
		}
		if off >= 0 {
			line, col := lineCol(trimmed, off)
			return Baseline{}, fmt.Errorf("%s:%d:%d: %w", name, line, col, err)
		}
		return Baseline{}, fmt.Errorf("%s: %w", name, err)
	}
	if rep.Tool != "" && rep.Tool != "figcheck" {
		return Baseline{}, fmt.Errorf("%s: a report of %q, not of figcheck", name, rep.Tool)
	}
	b := Baseline{entries: make(map[string]Entry, len(rep.Findings))}
	for i, f := range rep.Findings {
		if f.ID == "" {
			return Baseline{}, fmt.Errorf("%s: findings[%d] has no id", name, i)
		}
		if _, dup := b.entries[f.ID]; !dup {
			b.entries[f.ID] = Entry{Status: NormalizeStatus(f.Status), Note: f.Note}
		}
	}
	return b, nil
}

// lineCol converts a byte offset into a 1-based line and column (in bytes).
func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

func parseBaselineXLSX(data []byte, name string) (Baseline, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    4 * MaxBaselineBytes,
		UnzipXMLSizeLimit: MaxBaselineBytes,
	})
	if err != nil {
		return Baseline{}, fmt.Errorf("%s: not a readable Excel file: %w", name, err)
	}
	defer f.Close()
	if idx, err := f.GetSheetIndex(FindingsSheet); err != nil || idx < 0 {
		return Baseline{}, fmt.Errorf("%s: no %q sheet: not a figcheck Excel report", name, FindingsSheet)
	}
	rows, err := f.Rows(FindingsSheet)
	if err != nil {
		return Baseline{}, fmt.Errorf("%s: sheet %s: %w", name, FindingsSheet, err)
	}
	defer rows.Close()
	b := Baseline{entries: map[string]Entry{}}
	idCol, statusCol, noteCol := -1, -1, -1
	row := 0
	for rows.Next() {
		row++
		cols, err := rows.Columns()
		if err != nil {
			return Baseline{}, fmt.Errorf("%s: sheet %s row %d: %w", name, FindingsSheet, row, err)
		}
		if row == 1 {
			for i, h := range cols {
				switch strings.ToLower(strings.TrimSpace(h)) {
				case "id":
					idCol = i
				case "status":
					statusCol = i
				case "note":
					noteCol = i
				}
			}
			if idCol < 0 {
				return Baseline{}, fmt.Errorf("%s: sheet %s row 1: no ID column in the header", name, FindingsSheet)
			}
			continue
		}
		cell := func(i int) string {
			if i < 0 || i >= len(cols) {
				return ""
			}
			return strings.TrimSpace(cols[i])
		}
		id := cell(idCol)
		if id == "" {
			continue
		}
		if _, dup := b.entries[id]; !dup {
			b.entries[id] = Entry{Status: NormalizeStatus(cell(statusCol)), Note: cell(noteCol)}
		}
	}
	if err := rows.Error(); err != nil {
		return Baseline{}, fmt.Errorf("%s: sheet %s: %w", name, FindingsSheet, err)
	}
	if row == 0 {
		return Baseline{}, fmt.Errorf("%s: sheet %s is empty", name, FindingsSheet)
	}
	return b, nil
}
