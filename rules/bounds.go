package rules

import "fmt"

// UnitValueBound is the plausible range of a unit value (value ÷ quantity)
// for one item, as the bounds table states it.
type UnitValueBound struct {
	Item string  `yaml:"item"`
	Flow string  `yaml:"flow"` // "" = any flow
	Unit string  `yaml:"unit"` // e.g. "CNY/units"
	Low  float64 `yaml:"low"`
	High float64 `yaml:"high"`
	Note string  `yaml:"note"`
}

// BoundsTable holds unit-value bounds by item and flow; rule files add to it
// with a top-level unit_values list (later files override earlier entries).
type BoundsTable struct {
	m map[string]UnitValueBound
}

func (t *BoundsTable) add(b UnitValueBound) error {
	if b.Item == "" || b.Unit == "" || !(b.Low > 0) || !(b.High >= b.Low) {
		return fmt.Errorf("unit value bound needs item, unit and 0 < low ≤ high")
	}
	if t.m == nil {
		t.m = map[string]UnitValueBound{}
	}
	t.m[b.Item+"|"+b.Flow] = b
	return nil
}

func (t *BoundsTable) lookup(item, flow string) (UnitValueBound, bool) {
	if t == nil {
		return UnitValueBound{}, false
	}
	if b, ok := t.m[item+"|"+flow]; ok {
		return b, true
	}
	b, ok := t.m[item+"|"]
	return b, ok
}

// Len returns the number of entries.
func (t *BoundsTable) Len() int {
	if t == nil {
		return 0
	}
	return len(t.m)
}
