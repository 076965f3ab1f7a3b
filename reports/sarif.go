package reports

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/pipeline/triage"
	"figcheck/rules"
)

// SARIF 2.1.0, the subset figcheck fills. Field order is the key order written.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	ColumnKind  string            `json:"columnKind"`
	Results     []sarifResult     `json:"results"`
	Invocations []sarifInvocation `json:"invocations,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name,omitempty"`
	ShortDescription     sarifText    `json:"shortDescription"`
	FullDescription      *sarifText   `json:"fullDescription,omitempty"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
	Properties           *sarifRuleEx `json:"properties,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleEx struct {
	Expression string `json:"expression,omitempty"`
	File       string `json:"file,omitempty"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations,omitempty"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          *sarifResultEx     `json:"properties,omitempty"`
}

type sarifResultEx struct {
	FindingID string `json:"findingId"`
	Metric    string `json:"metric,omitempty"`
	Period    string `json:"period,omitempty"`
	Expected  string `json:"expected,omitempty"`
	Actual    string `json:"actual,omitempty"`
	New       *bool  `json:"new,omitempty"`
	Status    string `json:"status,omitempty"`
}

type sarifLocation struct {
	ID               *int           `json:"id,omitempty"`
	PhysicalLocation *sarifPhysical `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	Message          *sarifText     `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifLogical struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	Justification string `json:"justification,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.SevError:
		return "error"
	case rules.SevWarning:
		return "warning"
	}
	return "note"
}

// sarifURI turns a source path into a SARIF artifact URI: relative paths stay
// relative (slash-separated, escaped), absolute ones become file:// URLs.
func sarifURI(p string) string {
	slash := filepath.ToSlash(p)
	if filepath.IsAbs(p) {
		return (&url.URL{Scheme: "file", Path: slash}).String()
	}
	return (&url.URL{Path: slash}).EscapedPath()
}

// sarifFigureLocation locates a figure: a line/column region in an article
// (endColumn is exclusive, columns counted in characters), or for a sheet cell
// the file without a region plus a logical location naming Sheet!Cell.
func sarifFigureLocation(fig *figure.Figure) sarifLocation {
	loc := sarifLocation{PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(fig.Source)}}}
	switch {
	case fig.Cell != "":
		name := fig.Cell
		if i := strings.LastIndexByte(name, '!'); i >= 0 {
			name = name[i+1:]
		}
		loc.LogicalLocations = []sarifLogical{{Name: name, FullyQualifiedName: fig.Cell}}
	case fig.Line > 0:
		r := &sarifRegion{StartLine: fig.Line}
		if fig.Col > 0 {
			r.StartColumn = fig.Col
			if n := utf8.RuneCountInString(fig.Quote); n > 0 {
				r.EndColumn = fig.Col + n
			}
		}
		loc.PhysicalLocation.Region = r
	}
	return loc
}

// WriteSARIF writes a SARIF 2.1.0 log with one run: the rules in
// tool.driver.rules and one result per finding, located at its claim (with the
// reference figures as related locations). Waived and false-alarm findings
// carry an accepted suppression; unreadable inputs are tool notifications.
func WriteSARIF(w io.Writer, res *pipeline.Result) error {
	ix := newIndex(res)
	driver := sarifDriver{Name: "figcheck", Version: res.Version, Rules: []sarifRule{}}
	ruleIndex := map[string]int{}
	addRule := func(r sarifRule) {
		if _, ok := ruleIndex[r.ID]; ok {
			return
		}
		ruleIndex[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, r)
	}
	for _, st := range res.Rules {
		short := st.Title
		if short == "" {
			short = st.ID
		}
		r := sarifRule{ID: st.ID, Name: st.Title, ShortDescription: sarifText{short},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(st.Severity)}}
		if st.Description != "" {
			r.FullDescription = &sarifText{st.Description}
		}
		if st.Expression != "" || st.File != "" {
			r.Properties = &sarifRuleEx{Expression: st.Expression, File: st.File}
		}
		addRule(r)
	}
	results := make([]sarifResult, 0, len(res.Findings))
	for _, f := range res.Findings {
		addRule(sarifRule{ID: f.Rule, ShortDescription: sarifText{f.Rule},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(f.Severity)}})
		r := sarifResult{
			RuleID: f.Rule, RuleIndex: ruleIndex[f.Rule], Level: sarifLevel(f.Severity),
			Message:             sarifText{f.Message},
			PartialFingerprints: map[string]string{"figcheckFindingId/v1": f.ID},
			Properties: &sarifResultEx{FindingID: f.ID, Metric: f.Metric, Period: periodLabel(f.Period),
				Expected: formatBound(f.Expected), Actual: formatBound(f.Actual), New: f.New, Status: f.Status},
		}
		if r.Message.Text == "" {
			r.Message.Text = f.Rule
		}
		for j, id := range f.Figures {
			fig, ok := ix.figure(id)
			if !ok {
				continue
			}
			loc := sarifFigureLocation(fig)
			if j == 0 {
				r.Locations = append(r.Locations, loc)
				continue
			}
			n := len(r.RelatedLocations) + 1
			loc.ID = &n
			loc.Message = &sarifText{"reference figure “" + fig.Quote + "”"}
			r.RelatedLocations = append(r.RelatedLocations, loc)
		}
		switch triage.Classify(f) {
		case triage.ClassWaived:
			r.Suppressions = []sarifSuppression{{Kind: "external", Status: "accepted", Justification: f.Waived}}
		case triage.ClassFalseAlarm:
			r.Suppressions = []sarifSuppression{{Kind: "external", Status: "accepted", Justification: "false alarm: " + f.Note}}
		}
		results = append(results, r)
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: results}
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, s := range res.Sources {
		if s.Error == "" {
			continue
		}
		inv.ExecutionSuccessful = false
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level: "error", Message: sarifText{"could not read input: " + s.Error},
			Locations: []sarifLocation{{PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(s.Path)}}}},
		})
	}
	run.Invocations = []sarifInvocation{inv}
	log := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
