// Package triage carries an editor's decisions from one run to the next: a
// baseline (a previous report) marks which findings are new and brings back
// their Status and Note, and a waiver file accepts known findings with a
// reason. It works on []rules.Finding only, so that the pipeline can import it.
package triage

import (
	"strings"

	"figcheck/rules"
)

// Statuses an editor can give a finding; the Findings sheet offers them as a drop-down.
const (
	StatusOpen       = "Open"
	StatusConfirmed  = "Confirmed"
	StatusFalseAlarm = "False alarm"
	StatusFixed      = "Fixed"
)

// Statuses lists the editor's choices in the order the drop-down shows them.
func Statuses() []string {
	return []string{StatusOpen, StatusConfirmed, StatusFalseAlarm, StatusFixed}
}

// NormalizeStatus maps loose spellings ("false-alarm", "FALSE ALARM", " fixed ")
// to the canonical status; unknown text is returned trimmed, and empty stays empty.
func NormalizeStatus(s string) string {
	switch s {
	case "", StatusOpen, StatusConfirmed, StatusFalseAlarm, StatusFixed:
		return s
	}
	t := strings.TrimSpace(s)
	key := strings.ToLower(statusSeparators.Replace(t))
	key = strings.Join(strings.Fields(key), " ")
	for _, st := range Statuses() {
		if key == strings.ToLower(st) {
			return st
		}
	}
	return t
}

// statusSeparators are read as spaces in a status ("false-alarm").
var statusSeparators = strings.NewReplacer("_", " ", "-", " ")

// IsFalseAlarm reports whether an editor marked the finding a false alarm.
func IsFalseAlarm(status string) bool { return NormalizeStatus(status) == StatusFalseAlarm }

// Class is how a finding counts: by its severity, or apart as waived or false alarm.
type Class string

// Classes of findings. Waived and false-alarm findings never count for --fail-on.
const (
	ClassError      Class = "error"
	ClassWarning    Class = "warning"
	ClassInfo       Class = "info"
	ClassWaived     Class = "waived"
	ClassFalseAlarm Class = "false_alarm"
)

// Classify tells how one finding counts. A waiver wins over a false-alarm status;
// an unknown severity counts as info.
func Classify(f rules.Finding) Class {
	switch {
	case f.Waived != "":
		return ClassWaived
	case IsFalseAlarm(f.Status):
		return ClassFalseAlarm
	case f.Severity == rules.SevError:
		return ClassError
	case f.Severity == rules.SevWarning:
		return ClassWarning
	}
	return ClassInfo
}

// Counts summarises findings. Error, Warning and Info exclude waived and
// false-alarm findings, which are counted apart; New counts findings absent
// from the baseline whatever their class.
type Counts struct {
	Error      int
	Warning    int
	Info       int
	Waived     int
	FalseAlarm int
	New        int
	Total      int
}

// Summarize counts findings by class.
func Summarize(findings []rules.Finding) Counts {
	var c Counts
	for _, f := range findings {
		c.Total++
		if f.New != nil && *f.New {
			c.New++
		}
		switch Classify(f) {
		case ClassWaived:
			c.Waived++
		case ClassFalseAlarm:
			c.FalseAlarm++
		case ClassError:
			c.Error++
		case ClassWarning:
			c.Warning++
		default:
			c.Info++
		}
	}
	return c
}

// AtOrAbove counts the findings that fail a run with --fail-on=sev: those of
// severity sev or worse, neither waived nor false alarms.
func (c Counts) AtOrAbove(sev rules.Severity) int {
	switch sev.Rank() {
	case 3:
		return c.Error
	case 2:
		return c.Error + c.Warning
	case 1:
		return c.Error + c.Warning + c.Info
	}
	return 0
}
