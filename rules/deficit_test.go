package rules

import (
	"testing"

	"figcheck/figure"
)

func TestDeficitsAsBalances(t *testing.T) {
	in := []figure.Figure{
		{ID: "a#1", Flow: figure.FlowDeficit, Metric: "goods.deficit", Measure: figure.Value, Value: 99.2e9, Low: 99.15e9, High: 99.25e9},
		{ID: "a#2", Flow: figure.FlowExport, Metric: "goods.export", Measure: figure.Value, Value: 1, Low: 1, High: 1},
	}
	out := deficitsAsBalances(in)
	if in[0].Flow != figure.FlowDeficit || in[0].Value != 99.2e9 {
		t.Fatal("the caller's figures were changed")
	}
	d := out[0]
	if d.Flow != figure.FlowBalance || d.Metric != "goods.balance" || d.Value != -99.2e9 || d.Low != -99.25e9 || d.High != -99.15e9 {
		t.Errorf("deficit read as %+v", d)
	}
	if out[1].Value != in[1].Value || out[1].Flow != in[1].Flow || out[1].Metric != in[1].Metric {
		t.Error("a non-deficit figure changed")
	}
	plain := in[1:]
	if got := deficitsAsBalances(plain); &got[0] != &plain[0] {
		t.Error("copied a slice without deficits")
	}
}
