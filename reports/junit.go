package reports

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"figcheck/pipeline"
	"figcheck/pipeline/triage"
	"figcheck/rules"
)

// OptionFailOn is the Result.Options key holding --fail-on; junit uses it to
// decide which findings are failures (default error).
const OptionFailOn = "fail-on"

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	Skipped   *junitMessage  `xml:"skipped,omitempty"`
	Errors    []junitMessage `xml:"error,omitempty"`
	Failures  []junitMessage `xml:"failure,omitempty"`
	SystemOut string         `xml:"system-out,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",chardata"`
}

// failRank is the severity rank at or above which a finding fails CI
// (0: never), from Result.Options["fail-on"], default error.
func failRank(res *pipeline.Result) int {
	switch v := res.Options[OptionFailOn]; v {
	case "never":
		return 0
	case "":
		return rules.SevError.Rank()
	default:
		if r := rules.Severity(v).Rank(); r > 0 {
			return r
		}
	}
	return rules.SevError.Rank()
}

// WriteJUnit writes JUnit XML: one test suite per rule with one test case per
// rule and source; each finding of that rule about that source at or above
// --fail-on (Result.Options["fail-on"], default error) is a failure, the rest
// are listed in the case's system-out. Waived and false-alarm findings never
// fail. A last suite, "sources", has an error per input that could not be read.
func WriteJUnit(w io.Writer, res *pipeline.Result) error {
	ix := newIndex(res)
	rank := failRank(res)

	// Rules in the order the result lists them, then any others seen in findings.
	var ruleIDs []string
	stats := map[string]rules.Stat{}
	for _, st := range res.Rules {
		if _, ok := stats[st.ID]; !ok {
			stats[st.ID] = st
			ruleIDs = append(ruleIDs, st.ID)
		}
	}
	type key struct{ rule, src string }
	byCase := map[key][]rules.Finding{}
	noSource := false
	for _, f := range res.Findings {
		if _, ok := stats[f.Rule]; !ok {
			stats[f.Rule] = rules.Stat{ID: f.Rule}
			ruleIDs = append(ruleIDs, f.Rule)
		}
		src := ix.claimSource(f)
		if src == "" {
			noSource = true
		}
		byCase[key{f.Rule, src}] = append(byCase[key{f.Rule, src}], f)
	}
	var srcs []string
	for _, s := range res.Sources {
		if s.Error == "" {
			srcs = append(srcs, s.Path)
		}
	}
	if noSource {
		srcs = append(srcs, "")
	}

	doc := junitSuites{Name: "figcheck"}
	for _, id := range ruleIDs {
		st := stats[id]
		suite := junitSuite{Name: id}
		for _, src := range srcs {
			name := src
			if name == "" {
				name = "(no source)"
			}
			tc := junitCase{Name: name, Classname: "figcheck." + id}
			var out []string
			for _, f := range byCase[key{id, src}] {
				cls := triage.Classify(f)
				line := fmt.Sprintf("%s %s at %s: %s", strings.ToUpper(string(f.Severity)), f.ID, ix.location(f), oneLine(f.Message))
				switch {
				case cls == triage.ClassWaived:
					out = append(out, line+" [waived: "+oneLine(f.Waived)+"]")
				case cls == triage.ClassFalseAlarm:
					out = append(out, line+" [false alarm]")
				case rank > 0 && f.Severity.Rank() >= rank:
					tc.Failures = append(tc.Failures, junitMessage{
						Message: truncate(oneLine(f.Message), 300), Type: string(f.Severity),
						Text: junitDetail(ix, f),
					})
				default:
					out = append(out, line)
				}
			}
			if len(tc.Failures) == 0 && st.Skipped != "" && len(out) == 0 {
				tc.Skipped = &junitMessage{Message: st.Skipped}
				suite.Skipped++
			}
			tc.SystemOut = strings.Join(out, "\n")
			suite.Tests++
			if len(tc.Failures) > 0 {
				suite.Failures++
			}
			suite.Cases = append(suite.Cases, tc)
		}
		doc.Suites = append(doc.Suites, suite)
	}
	srcSuite := junitSuite{Name: "sources"}
	for _, s := range res.Sources {
		tc := junitCase{Name: s.Path, Classname: "figcheck.sources"}
		if s.Error != "" {
			tc.Errors = []junitMessage{{Message: truncate(oneLine(s.Error), 300), Type: "unreadable", Text: s.Error}}
			srcSuite.Errors++
		}
		if len(s.Warnings) > 0 {
			tc.SystemOut = strings.Join(s.Warnings, "\n")
		}
		srcSuite.Tests++
		srcSuite.Cases = append(srcSuite.Cases, tc)
	}
	doc.Suites = append(doc.Suites, srcSuite)
	for _, s := range doc.Suites {
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
		doc.Skipped += s.Skipped
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// junitDetail is the body of a failure: the message, where, and the numbers.
func junitDetail(ix *index, f rules.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\nfinding: %s\nat: %s\n", f.Message, f.ID, ix.location(f))
	if f.Expected != nil {
		fmt.Fprintf(&b, "expected: %s\n", formatBound(f.Expected))
	}
	if f.Actual != nil {
		fmt.Fprintf(&b, "actual: %s\n", formatBound(f.Actual))
	}
	for _, id := range f.Figures {
		if fig, ok := ix.figure(id); ok {
			fmt.Fprintf(&b, "figure %s: %q at %s\n", id, fig.Quote, fig.Location())
		}
	}
	return b.String()
}
