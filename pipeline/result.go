package pipeline

import (
	"time"

	"figcheck/figure"
	"figcheck/rules"
)

// SourceStatus describes one input of a run, including inputs that failed.
type SourceStatus struct {
	Path     string            `json:"path"`
	Kind     figure.SourceKind `json:"kind"`
	SHA256   string            `json:"sha256"`
	Figures  int               `json:"figures"`
	Error    string            `json:"error"`
	Warnings []string          `json:"warnings,omitempty"`
	// Published is the article's publication date as used (YYYY-MM-DD), if any.
	Published string `json:"published,omitempty"`
	// Text is the article's plain text (for the editor's page); not serialised.
	Text string `json:"-"`
}

// Summary counts findings by severity. Waived and false-alarm findings are
// counted apart and never in Error/Warning/Info.
type Summary struct {
	Error   int `json:"error"`
	Warning int `json:"warning"`
	Info    int `json:"info"`
	Waived  int `json:"waived,omitempty"`
	New     int `json:"new,omitempty"`
	// FalseAlarm counts findings the baseline marks "False alarm".
	FalseAlarm int `json:"false_alarm,omitempty"`
}

// Result is everything one run produced; reports render it. Its JSON form is DESIGN §3.
type Result struct {
	Tool      string            `json:"tool"`
	Version   string            `json:"version"`
	Started   time.Time         `json:"started"`
	RuleFiles []string          `json:"rule_files,omitempty"`
	Sources   []SourceStatus    `json:"sources"`
	Figures   []figure.Figure   `json:"figures"`
	Findings  []rules.Finding   `json:"findings"`
	Rules     []rules.Stat      `json:"rules,omitempty"`
	Summary   Summary           `json:"summary"`
	Expired   []string          `json:"expired_waivers,omitempty"`
	Baseline  string            `json:"baseline,omitempty"`
	Options   map[string]string `json:"-"`
}

// FigureByID returns the figure with the given id.
func (r *Result) FigureByID(id string) (figure.Figure, bool) {
	for _, f := range r.Figures {
		if f.ID == id {
			return f, true
		}
	}
	return figure.Figure{}, false
}

// Failed reports whether any input could not be read.
func (r *Result) Failed() bool {
	for _, s := range r.Sources {
		if s.Error != "" {
			return true
		}
	}
	return false
}
