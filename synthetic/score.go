package synthetic

import (
	"slices"
	"strings"

	"figcheck/figure"
	"figcheck/rules"
)

// Score is how a run's findings compare with the planted discrepancies.
type Score struct {
	Planted int
	// Found counts plants reported by their rule, on their metric and an
	// overlapping period, citing a figure of the file that holds the error.
	Found  int
	Missed []Planted
	// Explained counts error findings that some plant accounts for;
	// Unexplained are the error findings none does (false alarms).
	Explained   int
	Unexplained []rules.Finding
}

// Score matches findings with the manifest. source maps a figure id to the
// path of the file it was read from (as the run named it).
func (m Manifest) Score(findings []rules.Finding, source func(figureID string) string) Score {
	s := Score{Planted: len(m.Planted)}
	for _, p := range m.Planted {
		found := false
		for _, f := range findings {
			if f.Rule == p.Rule && f.Metric == p.Metric && overlaps(f.Period, p.Period) && cites(f, p.Files[0], source) {
				found = true
				break
			}
		}
		if found {
			s.Found++
		} else {
			s.Missed = append(s.Missed, p)
		}
	}
	for _, f := range findings {
		if f.Severity != rules.SevError || f.Waived != "" {
			continue
		}
		ok := false
		for _, p := range m.Planted {
			if p.Explains(f) {
				ok = true
				break
			}
		}
		if ok {
			s.Explained++
		} else {
			s.Unexplained = append(s.Unexplained, f)
		}
	}
	return s
}

func overlaps(a, b figure.Period) bool { return a.Start <= b.End && b.Start <= a.End }

// cites reports whether a finding cites a figure read from file (a path
// relative to the corpus folder).
func cites(f rules.Finding, file string, source func(string) string) bool {
	for _, id := range f.Figures {
		src := source(id)
		if src == file || strings.HasSuffix(src, "/"+file) {
			return true
		}
	}
	return false
}

// Explains reports whether the plant accounts for finding f: the same metric,
// and the planted rule on an overlapping period, or one of the rules the
// plant also upsets on an overlapping or linked period.
func (p Planted) Explains(f rules.Finding) bool {
	if f.Metric != p.Metric {
		return false
	}
	if overlaps(f.Period, p.Period) && (f.Rule == p.Rule || slices.Contains(p.Also, f.Rule)) {
		return true
	}
	if !slices.Contains(p.Also, f.Rule) {
		return false
	}
	for _, q := range p.AlsoPeriods {
		if overlaps(f.Period, q) {
			return true
		}
	}
	return false
}
