package rates

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"figcheck/figure"
)

func TestBuiltinCoversYears(t *testing.T) {
	tb := Builtin()
	for y := 2018; y <= 2025; y++ {
		q, err := tb.Lookup("USD", "CNY", figure.YearPeriod(y))
		if err != nil {
			t.Fatalf("%d: %v", y, err)
		}
		if q.Value < 6 || q.Value > 7.5 || q.Source == "" || q.Basis != fmt.Sprintf("%d annual average", y) {
			t.Errorf("%d: %+v", y, q)
		}
		for m := 1; m <= 12; m++ {
			if _, err := tb.Lookup("USD", "CNY", figure.MonthPeriod(figure.MonthOf(y, m))); err != nil {
				t.Errorf("%d-%02d: %v", y, m, err)
			}
		}
	}
}

func itoa(y int) string {
	return string(rune('0'+y/1000)) + string(rune('0'+y/100%10)) + string(rune('0'+y/10%10)) + string(rune('0'+y%10))
}

func TestLookupBases(t *testing.T) {
	tb := Builtin()
	jn := figure.Period{Start: figure.MonthOf(2024, 1), End: figure.MonthOf(2024, 11)}
	q, err := tb.Lookup("CNY", "USD", jn)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(1/q.Value-7.115) > 0.03 || q.Basis != "average of monthly averages, January-November 2024" {
		t.Errorf("January-November 2024: %+v (1/v = %g)", q, 1/q.Value)
	}
	if _, err := tb.Lookup("EUR", "CNY", jn); !errors.Is(err, ErrNoRate) {
		t.Errorf("EUR: want ErrNoRate, got %v", err)
	}
	if _, err := tb.Lookup("USD", "CNY", figure.YearPeriod(1990)); !errors.Is(err, ErrNoRate) {
		t.Errorf("1990: want ErrNoRate, got %v", err)
	}
}

func TestOverrideCSVAndXLSX(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "r.csv")
	if err := os.WriteFile(csvPath, []byte("Period,Rate,Base,Quote,Source\n2024,7.30,USD,CNY,desk\n2024,7.80,EUR,CNY,desk\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	xf := excelize.NewFile()
	_ = xf.SetSheetRow("Sheet1", "A1", &[]any{"period", "rate"})
	_ = xf.SetSheetRow("Sheet1", "A2", &[]any{"2024-03", 7.5})
	xlsxPath := filepath.Join(dir, "r.xlsx")
	if err := xf.SaveAs(xlsxPath); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		cur  string
		p    figure.Period
		want float64
	}{
		{csvPath, "USD", figure.YearPeriod(2024), 7.30},
		{csvPath, "EUR", figure.YearPeriod(2024), 7.80},
		{xlsxPath, "USD", figure.MonthPeriod(figure.MonthOf(2024, 3)), 7.5},
	} {
		o, err := Load(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		tb := Builtin().Override(o)
		q, err := tb.Lookup(tc.cur, "CNY", tc.p)
		if err != nil || math.Abs(q.Value-tc.want) > 1e-9 {
			t.Errorf("%s %s: %+v %v, want %g", filepath.Base(tc.path), tc.cur, q, err, tc.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"nohdr.csv":   "a,b\n1,2\n",
		"badrate.csv": "period,rate\n2024,abc\n",
		"badper.csv":  "period,rate\n24,7\n",
		"bad.txt":     "x",
	} {
		p := filepath.Join(dir, name)
		_ = os.WriteFile(p, []byte(body), 0o644)
		if _, err := Load(p); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}
