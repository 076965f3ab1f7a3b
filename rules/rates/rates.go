// Package rates holds figcheck's exchange-rate table: a built-in series of
// USD/CNY central-parity averages (annual and monthly, source named) that an
// editor's sheet (--rates FILE, .csv or .xlsx) can override or extend.
//
// Every rate is stored as yuan per unit of a base currency, so any two
// currencies in the table convert through CNY.
package rates

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"figcheck/figure"
)

//go:embed usdcny.csv
var builtinCSV []byte

// BuiltinSource names where the built-in table comes from.
const BuiltinSource = "PBOC/CFETS USD/CNY central parity, averages (approximate)"

// DefaultTolerance is the relative slack a conversion through the table allows:
// news reports convert at the spot rate of the day, which differs from a
// period's central-parity average by up to about 2%.
const DefaultTolerance = 0.02

// maxSheetBytes bounds the size of a rate sheet read with --rates.
const maxSheetBytes = 16 << 20

// ErrNoRate is returned when the table has no rate for a currency and period.
var ErrNoRate = errors.New("no exchange rate")

// series is one currency's rates in yuan per unit.
type series struct {
	annual  map[int]float64
	monthly map[figure.Month]float64
	source  string
}

// Table converts between currencies by period. The zero Table is empty; use
// Builtin or Load.
type Table struct {
	// Tolerance is the relative slack of a conversion (DefaultTolerance unless set).
	Tolerance float64
	cny       map[string]*series // by base currency code
	files     []string
}

// Quote is the rate used for one conversion, with what it is and where it came from.
type Quote struct {
	// Value is units of To per unit of From.
	Value    float64
	From, To string
	// Basis says which average was used: "2024 annual average",
	// "average of monthly averages, January-November 2024".
	Basis  string
	Source string
}

// Builtin returns the built-in table (a new copy each call).
func Builtin() *Table {
	t, err := parseCSV(bytes.NewReader(builtinCSV), "builtin:usdcny.csv", BuiltinSource)
	if err != nil {
		panic("rates: built-in table: " + err.Error()) // a build defect, caught by tests
	}
	return t
}

// Load reads a rate sheet (.csv or .xlsx) with columns period (YYYY or
// YYYY-MM), rate, and optionally base (default USD), quote (default CNY) and
// source. Header names are case-insensitive; lines starting with # are comments.
func Load(path string) (*Table, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("rates: %w", err)
	}
	if st.Size() > maxSheetBytes {
		return nil, fmt.Errorf("rates: %s: %d bytes is more than the %d allowed", path, st.Size(), maxSheetBytes)
	}
	src := "rate sheet " + filepath.Base(path)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("rates: %w", err)
		}
		return parseCSV(bytes.NewReader(b), path, src)
	case ".xlsx":
		return parseXLSX(path, src)
	}
	return nil, fmt.Errorf("rates: %s: want a .csv or .xlsx file", path)
}

func parseCSV(r io.Reader, name, source string) (*Table, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	var rows [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("rates: %s: %w", name, err)
		}
		rows = append(rows, rec)
	}
	return fromRows(rows, name, source, func(i int) string { return fmt.Sprintf("line %d", i+1) })
}

func parseXLSX(path, source string) (*Table, error) {
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: 64 << 20, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		return nil, fmt.Errorf("rates: %s: %w", path, err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fmt.Errorf("rates: %s: no sheets", path)
	}
	rs, err := f.Rows(sheets[0])
	if err != nil {
		return nil, fmt.Errorf("rates: %s: %w", path, err)
	}
	defer rs.Close()
	var rows [][]string
	for rs.Next() {
		cols, err := rs.Columns()
		if err != nil {
			return nil, fmt.Errorf("rates: %s sheet %s row %d: %w", path, sheets[0], len(rows)+1, err)
		}
		rows = append(rows, cols)
	}
	return fromRows(rows, path, source, func(i int) string { return fmt.Sprintf("sheet %s row %d", sheets[0], i+1) })
}

// fromRows builds a table from a header row and data rows; where names a row for errors.
func fromRows(rows [][]string, name, source string, where func(int) string) (*Table, error) {
	t := &Table{Tolerance: DefaultTolerance, cny: map[string]*series{}, files: []string{name}}
	col := map[string]int{}
	hdr := -1
	for i, r := range rows {
		if blank(r) {
			continue
		}
		for j, c := range r {
			col[strings.ToLower(strings.TrimSpace(c))] = j
		}
		hdr = i
		break
	}
	if hdr < 0 {
		return nil, fmt.Errorf("rates: %s: empty sheet", name)
	}
	pi, ok1 := col["period"]
	ri, ok2 := col["rate"]
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("rates: %s %s: header needs columns period and rate", name, where(hdr))
	}
	get := func(r []string, k string, def string) string {
		j, ok := col[k]
		if !ok || j >= len(r) || strings.TrimSpace(r[j]) == "" {
			return def
		}
		return strings.ToUpper(strings.TrimSpace(r[j]))
	}
	for i := hdr + 1; i < len(rows); i++ {
		r := rows[i]
		if blank(r) || strings.HasPrefix(strings.TrimSpace(r[0]), "#") {
			continue
		}
		if pi >= len(r) || ri >= len(r) {
			return nil, fmt.Errorf("rates: %s %s: missing period or rate", name, where(i))
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(r[ri]), 64)
		if err != nil || !(v > 0) || v > 1e6 {
			return nil, fmt.Errorf("rates: %s %s: rate %q is not a positive number", name, where(i), r[ri])
		}
		base, quote := get(r, "base", "USD"), get(r, "quote", "CNY")
		if !figure.IsCurrency(base) || !figure.IsCurrency(quote) {
			return nil, fmt.Errorf("rates: %s %s: currencies %q/%q are not ISO codes", name, where(i), base, quote)
		}
		// Store as CNY per base unit.
		switch {
		case quote == "CNY":
		case base == "CNY":
			base, v = quote, 1/v
		default:
			return nil, fmt.Errorf("rates: %s %s: one side of %s/%s must be CNY", name, where(i), base, quote)
		}
		src := source
		if j, ok := col["source"]; ok && j < len(r) && strings.TrimSpace(r[j]) != "" {
			src = strings.TrimSpace(r[j])
		}
		if err := t.set(base, strings.TrimSpace(r[pi]), v, src); err != nil {
			return nil, fmt.Errorf("rates: %s %s: %w", name, where(i), err)
		}
	}
	return t, nil
}

func blank(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func (t *Table) set(base, period string, v float64, source string) error {
	s := t.cny[base]
	if s == nil {
		s = &series{annual: map[int]float64{}, monthly: map[figure.Month]float64{}, source: source}
		t.cny[base] = s
	}
	if len(period) == 4 {
		y, err := strconv.Atoi(period)
		if err != nil || y < 1900 || y > 2200 {
			return fmt.Errorf("period %q: want YYYY or YYYY-MM", period)
		}
		s.annual[y] = v
		return nil
	}
	m, err := figure.ParseMonth(period)
	if err != nil || m.IsZero() {
		return fmt.Errorf("period %q: want YYYY or YYYY-MM", period)
	}
	s.monthly[m] = v
	return nil
}

// Override returns a table with o's rates replacing t's wherever both have one
// (and o's additional currencies and periods added). o's tolerance wins when set.
func (t *Table) Override(o *Table) *Table {
	n := &Table{Tolerance: t.Tolerance, cny: map[string]*series{}}
	n.files = append(append(n.files, t.files...), o.files...)
	for _, src := range []*Table{t, o} {
		for c, s := range src.cny {
			d := n.cny[c]
			if d == nil {
				d = &series{annual: map[int]float64{}, monthly: map[figure.Month]float64{}}
				n.cny[c] = d
			}
			d.source = s.source
			for k, v := range s.annual {
				d.annual[k] = v
			}
			for k, v := range s.monthly {
				d.monthly[k] = v
			}
		}
	}
	if o.Tolerance > 0 {
		n.Tolerance = o.Tolerance
	}
	return n
}

// Files lists the files the table was read from (the built-in one included).
func (t *Table) Files() []string { return append([]string(nil), t.files...) }

// Currencies lists the currencies the table converts, CNY included, sorted.
func (t *Table) Currencies() []string {
	out := []string{"CNY"}
	for c := range t.cny {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// toCNY returns yuan per unit of cur over period p and how it was found.
func (t *Table) toCNY(cur string, p figure.Period) (float64, string, string, bool) {
	if cur == "CNY" {
		return 1, "", "", true
	}
	s := t.cny[cur]
	if s == nil || p.IsZero() {
		return 0, "", "", false
	}
	if p.IsYear() {
		if v, ok := s.annual[p.Start.Year()]; ok {
			return v, fmt.Sprintf("%d annual average", p.Start.Year()), s.source, true
		}
	}
	if p.Months() > 0 && p.Months() <= 120 {
		sum, n := 0.0, 0
		for m := p.Start; m <= p.End; m++ {
			v, ok := s.monthly[m]
			if !ok {
				break
			}
			sum += v
			n++
		}
		if n == p.Months() {
			if n == 1 {
				return sum, p.Label() + " monthly average", s.source, true
			}
			return sum / float64(n), "average of monthly averages, " + p.Label(), s.source, true
		}
	}
	if v, ok := s.annual[p.End.Year()]; ok {
		return v, fmt.Sprintf("%d annual average", p.End.Year()), s.source, true
	}
	return 0, "", "", false
}

// Lookup returns the rate converting from → to over period p (units of to per
// unit of from), or ErrNoRate.
func (t *Table) Lookup(from, to string, p figure.Period) (Quote, error) {
	if from == to {
		return Quote{Value: 1, From: from, To: to, Basis: "same currency"}, nil
	}
	a, basisA, srcA, okA := t.toCNY(from, p)
	b, basisB, srcB, okB := t.toCNY(to, p)
	if !okA || !okB {
		missing := from
		if okA {
			missing = to
		}
		return Quote{}, fmt.Errorf("%w for %s in %s", ErrNoRate, missing, p.Label())
	}
	q := Quote{Value: a / b, From: from, To: to, Basis: basisA, Source: srcA}
	if q.Basis == "" {
		q.Basis, q.Source = basisB, srcB
	}
	return q, nil
}

// Has reports whether the table can convert between the two currencies in p.
func (t *Table) Has(from, to string, p figure.Period) bool {
	_, err := t.Lookup(from, to, p)
	return err == nil
}
