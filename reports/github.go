package reports

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"figcheck/pipeline"
	"figcheck/pipeline/triage"
	"figcheck/rules"
)

// ghData escapes the message part of a workflow command.
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// ghProp escapes a property value (file, title) of a workflow command.
var ghProp = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

// WriteGitHub writes GitHub Actions workflow commands: one annotation per
// counted finding (::error, ::warning or ::notice by severity) at its claim's
// file, line and column, one ::error per unreadable input and a closing
// ::notice with the counts. Waived and false-alarm findings are left out.
func WriteGitHub(w io.Writer, res *pipeline.Result) error {
	bw := bufio.NewWriter(w)
	ix := newIndex(res)
	for _, f := range res.Findings {
		if c := triage.Classify(f); c == triage.ClassWaived || c == triage.ClassFalseAlarm {
			continue
		}
		cmd := "notice"
		switch f.Severity {
		case rules.SevError:
			cmd = "error"
		case rules.SevWarning:
			cmd = "warning"
		}
		var props []string
		title := "figcheck " + f.Rule
		if c, ok := ix.claim(f); ok {
			props = append(props, "file="+ghProp.Replace(c.Source))
			if c.Cell != "" {
				title += " at " + c.Cell
			} else if c.Line > 0 {
				props = append(props, fmt.Sprintf("line=%d", c.Line))
				if c.Col > 0 {
					props = append(props, fmt.Sprintf("col=%d", c.Col))
					if n := len([]rune(c.Quote)); n > 0 {
						props = append(props, fmt.Sprintf("endColumn=%d", c.Col+n))
					}
				}
			}
		}
		props = append(props, "title="+ghProp.Replace(title))
		fmt.Fprintf(bw, "::%s %s::%s\n", cmd, strings.Join(props, ","), ghData.Replace(f.Message))
	}
	for _, s := range res.Sources {
		if s.Error != "" {
			fmt.Fprintf(bw, "::error file=%s,title=%s::%s\n", ghProp.Replace(s.Path),
				ghProp.Replace("figcheck: input could not be read"), ghData.Replace(s.Error))
		}
	}
	for _, e := range res.Expired {
		fmt.Fprintf(bw, "::warning title=%s::%s\n", ghProp.Replace("figcheck: expired waiver"), ghData.Replace(e))
	}
	s := res.Summary
	line := fmt.Sprintf("figcheck: %s, %s, %d info; %d waived, %s", plural(s.Error, "error"),
		plural(s.Warning, "warning"), s.Info, s.Waived, plural(s.FalseAlarm, "false alarm"))
	if withBaseline(res) {
		line += fmt.Sprintf("; %d new", s.New)
	}
	fmt.Fprintf(bw, "::notice title=figcheck summary::%s\n", ghData.Replace(line))
	return bw.Flush()
}
