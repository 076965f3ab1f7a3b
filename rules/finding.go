package rules

import (
	"figcheck/figure"
)

// Severity ranks findings.
type Severity string

// Severities, from most to least serious.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
	SevInfo    Severity = "info"
)

// Rank orders severities: error 3, warning 2, info 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case SevError:
		return 3
	case SevWarning:
		return 2
	case SevInfo:
		return 1
	}
	return 0
}

// RuleErrorID is the rule id of findings that record a rule failing at run time.
const RuleErrorID = "rule-error"

// Finding is one discrepancy (or informative observation) found by a rule.
// Its JSON shape is DESIGN §3; Triage fields are filled by the pipeline's
// baseline and waiver steps.
type Finding struct {
	ID       string   `json:"id"`
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Figures are the ids of the figures involved; the first is the claim
	// under test, the rest are its references.
	Figures  []string      `json:"figures"`
	Expected *Bound        `json:"expected,omitempty"`
	Actual   *Bound        `json:"actual,omitempty"`
	Metric   string        `json:"metric"`
	Period   figure.Period `json:"period"`
	// Difference is |actual - expected| between the nearest ends (0 when they overlap),
	// and DiffPct that difference relative to the expected midpoint, in percent.
	Difference float64 `json:"difference"`
	DiffPct    float64 `json:"difference_pct"`
	// Tolerance is the relative tolerance the rule applied (0.01 = 1%).
	Tolerance float64 `json:"tolerance"`
	// Suggestion is the likely correct reading or corrected value, when the rule can tell.
	Suggestion string `json:"suggestion,omitempty"`

	New    *bool  `json:"new,omitempty"`
	Status string `json:"status,omitempty"`
	Note   string `json:"note,omitempty"`
	Waived string `json:"waived,omitempty"` // the waiver's reason, when waived
}

// Bound is an interval with its unit, as findings report expected and actual values.
type Bound struct {
	Low  float64 `json:"low"`
	High float64 `json:"high"`
	Unit string  `json:"unit"`
}

// Interval drops the unit.
func (b Bound) Interval() figure.Interval { return figure.Interval{Low: b.Low, High: b.High} }
