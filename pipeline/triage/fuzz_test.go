package triage

import (
	"testing"
	"time"

	"figcheck/rules"
)

// FuzzParseWaivers: any bytes give waivers or an error, never a panic, and
// the waivers apply without panicking.
func FuzzParseWaivers(f *testing.F) {
	f.Add([]byte(waiversYAML))
	f.Add([]byte("- id: a\n  reason: b\n"))
	f.Add([]byte("waivers: [{rule: '*', source: '**/[a-', reason: r}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ws, err := ParseWaivers(data, "fuzz.yaml")
		if err != nil {
			return
		}
		fs := []rules.Finding{{ID: "a", Rule: "conflict", Figures: []string{"x/y.txt#1"}}}
		ws.Apply(fs, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		for _, w := range ws.List {
			if w.Reason == "" || (w.ID == "" && w.Rule == "") {
				t.Errorf("accepted an incomplete waiver: %+v", w)
			}
		}
	})
}

// FuzzParseBaseline: any bytes (JSON or zip) give a baseline or an error.
func FuzzParseBaseline(f *testing.F) {
	f.Add([]byte(reportJSON))
	f.Add([]byte(`{"findings":[{"id":"a","status":"False alarm"}]}`))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("{\"findings\":[{\"id\":\"a\"},]}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBaseline(data, "fuzz")
		if err != nil {
			return
		}
		fs := []rules.Finding{{ID: "a"}}
		b.Apply(fs)
		if fs[0].New == nil || fs[0].Status == "" {
			t.Errorf("Apply left new/status unset: %+v", fs[0])
		}
	})
}
