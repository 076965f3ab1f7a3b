// Package figure is figcheck's domain model: a stated statistic (Figure) with
// its uncertainty interval, unit, measure, metric, period and provenance.
// It does no I/O; sources produce figures, rules compare them, reports render them.
package figure

import (
	"fmt"
	"strings"
)

// SourceKind tells where a figure was read from.
type SourceKind string

// Source kinds.
const (
	KindArticle SourceKind = "article"
	KindSheet   SourceKind = "sheet"
)

// Measure is what a figure measures.
type Measure string

// Measures, as in DESIGN §2.
const (
	Value    Measure = "value"    // money
	Quantity Measure = "quantity" // counts, weight
	Growth   Measure = "growth"   // change against a basis (yoy, mom)
	Share    Measure = "share"    // part of a whole, in percent
	Price    Measure = "price"    // unit value
	Other    Measure = "other"    // anything else (thresholds, capital, ...)
)

// Units that are not currencies. Currencies use their ISO 4217 code (CNY, USD, ...).
const (
	UnitUnits   = "units"
	UnitTonnes  = "tonnes"
	UnitPercent = "percent"
	UnitPP      = "pp"
	UnitFold    = "fold"
)

// Growth bases.
const (
	BasisYoY = "yoy"
	BasisMoM = "mom"
)

// Flows of trade.
const (
	FlowExport  = "export"
	FlowImport  = "import"
	FlowTotal   = "total"
	FlowBalance = "balance" // a surplus, or a signed balance (exports − imports)
	// FlowDeficit is a deficit stated as a positive amount; rules read it as a
	// balance of the opposite sign.
	FlowDeficit = "deficit"
)

// Qualifiers widen a figure's interval ("more than 7 trillion" is a bound).
const (
	QualNone     = ""
	QualMoreThan = "more_than"
	QualAtLeast  = "at_least"
	QualLessThan = "less_than"
	QualNearly   = "nearly"
	QualAbout    = "about"
)

// Figure is one stated number with everything needed to compare it with others.
// Its JSON shape is the contract of DESIGN §2; Linked and Sheet-specific
// fields are additions that readers may ignore.
type Figure struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	Kind      SourceKind `json:"kind"`
	Line      int        `json:"line"`
	Col       int        `json:"col"`
	Cell      string     `json:"cell"`
	Quote     string     `json:"quote"`
	Value     float64    `json:"value"`
	Low       float64    `json:"low"`
	High      float64    `json:"high"`
	Unit      string     `json:"unit"`
	Measure   Measure    `json:"measure"`
	Metric    string     `json:"metric"`
	Subject   string     `json:"subject"`
	Flow      string     `json:"flow"`
	Partner   string     `json:"partner"`
	Period    Period     `json:"period"`
	Basis     string     `json:"basis"`
	Of        string     `json:"of"`
	Qualifier string     `json:"qualifier"`
	// Linked lists the ids of figures that state the same fact in another
	// unit, such as the dollar amount in "1.03 trillion yuan ($142.17 billion)".
	Linked []string `json:"linked,omitempty"`
	// Context is the sentence (article) or row label (sheet) the figure came
	// from, for reports; it is not part of the contract.
	Context string `json:"context,omitempty"`
}

// Interval returns the figure's supported interval.
func (f Figure) Interval() Interval { return Interval{Low: f.Low, High: f.High} }

// Location renders where the figure was read: "file:line:col" or "file#Sheet!B7".
func (f Figure) Location() string {
	if f.Cell != "" {
		return f.Source + "#" + f.Cell
	}
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d:%d", f.Source, f.Line, f.Col)
	}
	return f.Source
}

// IsCurrency reports whether unit is a currency code (three upper-case letters).
func IsCurrency(unit string) bool {
	if len(unit) != 3 {
		return false
	}
	for _, r := range unit {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// MetricID joins a subject id and a flow into a metric id ("integrated_circuits.export").
// An empty flow gives the subject id alone.
func MetricID(subjectID, flow string) string {
	if subjectID == "" {
		return ""
	}
	if flow == "" {
		return subjectID
	}
	return subjectID + "." + flow
}

// SplitMetric splits a metric id into its subject id and flow.
func SplitMetric(metric string) (subjectID, flow string) {
	if i := strings.LastIndexByte(metric, '.'); i >= 0 {
		return metric[:i], metric[i+1:]
	}
	return metric, ""
}
