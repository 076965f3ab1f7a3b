package synthetic

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"figcheck/figure"
	"figcheck/sources/glossary"
)

func generate(t *testing.T, opts Options) (string, Manifest) {
	t.Helper()
	dir := t.TempDir()
	m, err := Generate(context.Background(), opts, dir)
	if err != nil {
		t.Fatal(err)
	}
	return dir, m
}

// TestDeterministic: the same seed gives the same bytes for every file and
// the manifest, whatever the number of workers; another seed gives other numbers.
func TestDeterministic(t *testing.T) {
	opts := Options{Articles: 30, Sheets: 26, Seed: 7}
	d1, m1 := generate(t, opts)
	opts.Workers = 1 // a different schedule must not matter
	d2, m2 := generate(t, opts)
	if !reflect.DeepEqual(m1, m2) {
		t.Fatal("same seed, different manifests")
	}
	for _, f := range m1.Files {
		b1, err1 := os.ReadFile(filepath.Join(d1, f.Path))
		b2, err2 := os.ReadFile(filepath.Join(d2, f.Path))
		if err := errors.Join(err1, err2); err != nil {
			t.Fatal(err)
		}
		// Workbooks too: excelize writes no timestamps, so equal cells
		// give equal bytes.
		if !bytes.Equal(b1, b2) {
			t.Errorf("%s: same seed, different bytes", f.Path)
		}
	}
	m1b, err := os.ReadFile(filepath.Join(d1, ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	m2b, err := os.ReadFile(filepath.Join(d2, ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m1b, m2b) {
		t.Error("same seed, different manifest.json bytes")
	}

	d3, m3 := generate(t, Options{Articles: 30, Sheets: 26, Seed: 8})
	a1, _ := os.ReadFile(filepath.Join(d1, m1.Files[len(m1.Files)-1].Path))
	a3, _ := os.ReadFile(filepath.Join(d3, m3.Files[len(m3.Files)-1].Path))
	if bytes.Equal(a1, a3) {
		t.Error("seeds 7 and 8 wrote the same last article")
	}
}

func readXLSX(t *testing.T, data []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestPlantsOfEveryKind: a small corpus holds each kind of discrepancy, each
// entry names existing files, and wrong numbers really differ from the truth.
func TestPlantsOfEveryKind(t *testing.T) {
	dir, m := generate(t, Options{Articles: 20, Sheets: 12, Seed: 3})
	seen := map[Kind]int{}
	for _, p := range m.Planted {
		seen[p.Kind]++
		t.Run(p.ID, func(t *testing.T) {
			if p.Rule == "" || p.Rule != RuleID(p.Kind) {
				t.Errorf("rule %q for kind %s", p.Rule, p.Kind)
			}
			for _, f := range p.Files {
				if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
					t.Error(err)
				}
			}
			if p.Stated == 0 || p.True == 0 || math.Abs(p.Stated-p.True) < 0.02*math.Abs(p.True) {
				t.Errorf("stated %g vs true %g: not a discrepancy", p.Stated, p.True)
			}
			if p.Kind == KindScale {
				r := p.Stated / p.True
				if math.Abs(r-10) > 1e-6 && math.Abs(r-0.1) > 1e-6 {
					t.Errorf("scale plant ratio %g, want 10 or 0.1", r)
				}
			}
			if p.Quote != "" && p.Files[0] != "" && strings.HasPrefix(p.Files[0], "articles/") {
				text, err := os.ReadFile(filepath.Join(dir, p.Files[0]))
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(text), p.Quote) {
					t.Errorf("%s does not contain the planted quote %q", p.Files[0], p.Quote)
				}
			}
		})
	}
	for _, k := range Kinds() {
		if seen[k] == 0 {
			t.Errorf("no %s discrepancy planted", k)
		}
	}
	if m.Figures < 500 {
		t.Errorf("only %d figures", m.Figures)
	}
}

// TestSheetsAddUp reads every generated sheet back and checks the world's
// arithmetic: each month equals its year to date minus the previous one,
// except where the manifest says a number was planted.
func TestSheetsAddUp(t *testing.T) {
	dir, m := generate(t, Options{Articles: 0, Sheets: 28, Seed: 11, Partners: 2})
	type key struct {
		label, flow string
		year, month int
	}
	monthV, ytdV := map[key]float64{}, map[key]float64{}
	for _, f := range m.Files {
		data, err := os.ReadFile(filepath.Join(dir, f.Path))
		if err != nil {
			t.Fatal(err)
		}
		y, mo := f.Period.End.Year(), f.Period.End.Num()
		switch f.Layout {
		case LayoutCustomsZH, LayoutCustomsEN:
			rows := readXLSX(t, data)
			want := fmt.Sprintf("%d年%d月", y, mo)
			if f.Layout == LayoutCustomsEN {
				want = fmt.Sprintf("%s %d", figure.MonthName(mo), y)
			}
			if !strings.Contains(rows[0][0], want) {
				t.Errorf("%s: title %q", f.Path, rows[0][0])
			}
			for _, r := range rows[3:] {
				if f.Layout == LayoutCustomsEN {
					r[0] = commodityByEN(r[0]).zh
				}
				mv, _ := strconv.ParseFloat(r[3], 64)
				yv, _ := strconv.ParseFloat(r[5], 64)
				monthV[key{r[0], f.Flow, y, mo}] = mv * 1e4
				ytdV[key{r[0], f.Flow, y, mo}] = yv * 1e4
			}
		case LayoutTidyCSV:
			recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs[1:] {
				// subject, flow, partner, period, measure, value, unit, note
				if r[4] != "value" || r[2] != "" {
					continue
				}
				v, _ := strconv.ParseFloat(r[5], 64)
				label := ""
				for _, c := range commodities {
					if c.names[0] == r[0] {
						label = c.zh
					}
				}
				if strings.Contains(r[3], "..") {
					ytdV[key{label, r[1], y, mo}] = v * 1e8
				} else {
					monthV[key{label, r[1], y, mo}] = v * 1e8
				}
			}
			if mo == 1 {
				for k, v := range monthV {
					if k.year == y && k.month == 1 && k.flow == f.Flow {
						ytdV[k] = v
					}
				}
			}
		}
	}
	planted := map[key]bool{}
	for _, p := range m.Planted {
		cm := commodityByID(p.Metric)
		planted[key{cm.zh, p.period().flow, p.Period.End.Year(), p.Period.End.Num()}] = true
	}
	checked := 0
	for k, mv := range monthV {
		prev, ok := ytdV[key{k.label, k.flow, k.year, k.month - 1}]
		if k.month == 1 {
			prev, ok = 0, true
		}
		cur, ok2 := ytdV[k]
		if !ok || !ok2 {
			continue
		}
		checked++
		// Two decimals of 亿元 (CSV) are 1e6 yuan; allow the three roundings.
		if diff := math.Abs(cur - prev - mv); diff > 3e6 != planted[k] {
			t.Errorf("%v: ytd %g - previous %g = %g, month %g (planted %v)", k, cur, prev, cur-prev, mv, planted[k])
		}
	}
	t.Logf("checked %d months, %d planted", checked, len(planted))
	if checked < 100 {
		t.Errorf("only %d months checked", checked)
	}
}

func commodityByEN(label string) commodity {
	for _, c := range commodities {
		if c.en == label {
			return c
		}
	}
	return commodity{}
}

func commodityByID(metric string) commodity {
	id, _ := figure.SplitMetric(metric)
	for _, c := range commodities {
		if c.id == id {
			return c
		}
	}
	return commodity{}
}

func (p Planted) period() release {
	_, flow := figure.SplitMetric(p.Metric)
	return release{year: p.Period.End.Year(), month: p.Period.End.Num(), flow: flow}
}

// TestLabelsMatchGlossary: every sheet label and article name resolves to the
// commodity's subject, so generated figures land on the intended metrics.
func TestLabelsMatchGlossary(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range commodities {
		labels := append([]string(nil), c.names...)
		if !c.articleOnly {
			labels = append(labels, c.zh, c.en)
		}
		for _, n := range c.nouns {
			if selfNoun[n] {
				labels = append(labels, n)
			}
		}
		for _, l := range labels {
			s, ok := g.Lookup(l)
			if !ok || s.ID != c.id {
				t.Errorf("%s: label %q looks up as %q", c.id, l, s.ID)
			}
		}
	}
}

func TestOptionsRejected(t *testing.T) {
	for _, o := range []Options{{}, {Articles: -1, Sheets: 3}, {Articles: 1, LastYear: 20}} {
		if _, err := Generate(context.Background(), o, t.TempDir()); !errors.Is(err, ErrOptions) {
			t.Errorf("%+v: err = %v, want ErrOptions", o, err)
		}
	}
}

func TestScaledDigits(t *testing.T) {
	for _, tc := range []struct {
		v, table float64
		want     string
	}{
		{24105400, 24105.4, "24.1054 million"},
		{2410540000, 24105.4, "2.41054 billion"},
		{355240000000, 0, "355 billion"},
	} {
		if got := scaledDigits(tc.v, tc.table); got != tc.want {
			t.Errorf("scaledDigits(%g, %g) = %q, want %q", tc.v, tc.table, got, tc.want)
		}
	}
}

// TestGoldQuotes: every gold figure's quote stands in its article, and the
// manifest counts them.
func TestGoldQuotes(t *testing.T) {
	for _, hard := range []bool{false, true} {
		t.Run(fmt.Sprintf("hard=%v", hard), func(t *testing.T) { testGoldQuotes(t, hard) })
	}
}

func testGoldQuotes(t *testing.T, hard bool) {
	dir, m := generate(t, Options{Articles: 25, Sheets: 10, Seed: 5, Gold: true, Hard: hard})
	planted := 0
	for _, f := range m.Files {
		if f.Kind != figure.KindArticle {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, f.Path))
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, "gold", goldName(f.Path)))
		if err != nil {
			t.Fatal(err)
		}
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatal(err)
		}
		if len(g.Figures) != f.Figures {
			t.Errorf("%s: %d gold figures, manifest says %d", f.Path, len(g.Figures), f.Figures)
		}
		for _, x := range g.Figures {
			if !strings.Contains(string(text), x.Quote) {
				t.Errorf("%s: quote %q not in the text", f.Path, x.Quote)
			}
			if x.Value == 0 || x.Metric == "" || x.PeriodEnd == "" {
				t.Errorf("%s: incomplete gold figure %+v", f.Path, x)
			}
			if x.Planted != "" {
				planted++
			}
		}
	}
	want := 0
	for _, p := range m.Planted {
		if p.Kind != KindCumulative {
			want++
		}
	}
	if planted != want {
		t.Errorf("%d gold figures marked planted, %d article plants in the manifest", planted, want)
	}
}

// TestRefusesExistingCorpus: a second run into the same folder is refused
// unless told to overwrite, and overwriting leaves no stale files.
func TestRefusesExistingCorpus(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := Generate(ctx, Options{Articles: 6, Sheets: 6, Seed: 1}, dir); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(ctx, Options{Articles: 2, Sheets: 2, Seed: 1}, dir); !errors.Is(err, ErrExists) {
		t.Fatalf("second run: err = %v, want ErrExists", err)
	}
	m, err := Generate(ctx, Options{Articles: 2, Sheets: 2, Seed: 1, Overwrite: true}, dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Base(p) != ManifestName {
			n++
		}
		return err
	})
	if err != nil || n != len(m.Files) {
		t.Errorf("%d files in the folder, manifest lists %d (err %v)", n, len(m.Files), err)
	}
}
