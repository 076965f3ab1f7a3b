package synthetic

import (
	"testing"

	"figcheck/figure"
	"figcheck/rules"
)

func TestScore(t *testing.T) {
	ytd := figure.YTD(figure.MonthOf(2024, 4))
	m := Manifest{Planted: []Planted{{ID: "plant-0001", Kind: KindConflict, Rule: ruleConflict, Also: []string{ruleGrowth},
		AlsoPeriods: []figure.Period{figure.YTD(figure.MonthOf(2025, 4))},
		Metric:      "integrated_circuits.export", Period: ytd, Files: []string{"articles/a1.txt", "sheets/s1.xlsx"}}}}
	source := map[string]string{"a#1": "/c/articles/a1.txt", "s#1": "/c/sheets/s1.xlsx", "b#1": "/c/articles/b.txt"}
	find := func(rule string, p figure.Period, metric string, figs ...string) rules.Finding {
		return rules.Finding{Rule: rule, Severity: rules.SevError, Metric: metric, Period: p, Figures: figs}
	}
	for _, tc := range []struct {
		name                    string
		findings                []rules.Finding
		found, explained, unexp int
	}{
		{"reported", []rules.Finding{find(ruleConflict, ytd, "integrated_circuits.export", "s#1", "a#1")}, 1, 1, 0},
		{"not citing the planted file", []rules.Finding{find(ruleConflict, ytd, "integrated_circuits.export", "s#1", "b#1")}, 0, 1, 0},
		{"other metric", []rules.Finding{find(ruleConflict, ytd, "mobile_phones.export", "a#1")}, 0, 0, 1},
		{"growth a year later", []rules.Finding{find(ruleGrowth, figure.YTD(figure.MonthOf(2025, 4)), "integrated_circuits.export", "b#1")}, 0, 1, 0},
		{"conflict a year later", []rules.Finding{find(ruleConflict, figure.YTD(figure.MonthOf(2025, 4)), "integrated_circuits.export", "a#1")}, 0, 0, 1},
		{"nothing", nil, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := m.Score(tc.findings, func(id string) string { return source[id] })
			if s.Found != tc.found || s.Explained != tc.explained || len(s.Unexplained) != tc.unexp || s.Found+len(s.Missed) != 1 {
				t.Errorf("score %+v, want found %d explained %d unexplained %d", s, tc.found, tc.explained, tc.unexp)
			}
		})
	}
}
