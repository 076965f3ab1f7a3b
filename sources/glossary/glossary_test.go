package glossary

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string // subject ids in order
	}{
		{"synonyms", "Exports of ICs and chips rose", []string{"integrated_circuits", "integrated_circuits"}},
		{"longest wins", "automobiles and auto parts grew, automobiles fell", []string{"autos_and_parts", "automobiles"}},
		{"word boundary", "the chipset market", nil},
		{"acronym case", "Pictures of ic", nil},
		{"chinese", "集成电路出口", []string{"integrated_circuits"}},
		{"plural acronym", "EVs and ICs", []string{"electric_vehicles", "integrated_circuits"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range g.Find(tc.text) {
				got = append(got, m.Subject.ID)
				if tc.text[m.Start:m.End] != m.Phrase {
					t.Errorf("phrase %q is not text[%d:%d]", m.Phrase, m.Start, m.End)
				}
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("Find(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestLookupAndExtend(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := g.Lookup("集成电路"); !ok || s.ID != "integrated_circuits" {
		t.Errorf("Lookup(集成电路) = %v %v", s, ok)
	}
	if _, ok := g.Lookup("widgets"); ok {
		t.Error("widgets found before extension")
	}
	if err := g.Add(strings.NewReader("subjects:\n  - id: widgets\n    phrases: [widgets, 小部件]\n"), "test"); err != nil {
		t.Fatal(err)
	}
	if s, ok := g.Lookup("Widgets"); !ok || s.ID != "widgets" || s.Name != "widgets" {
		t.Errorf("after Add, Lookup(Widgets) = %v %v", s, ok)
	}
	if err := g.Add(strings.NewReader("subjects:\n  - phrases: [x]\n"), "bad.yaml"); err == nil || !strings.Contains(err.Error(), "bad.yaml") {
		t.Errorf("want error naming bad.yaml, got %v", err)
	}
}
