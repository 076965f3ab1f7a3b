// Package synthetic writes a corpus of realistic trade-statistics articles
// and customs-style sheets with a known list of planted discrepancies, so that
// figcheck's correctness and cost can be measured at any size.
//
// Every number is drawn from one deterministic "world" keyed by the seed:
// sheets print it at table precision, articles round it as journalists do, so
// that apart from the planted errors all files agree within rounding. Each
// planted error is listed in the manifest with the rule expected to report it.
//
// A corpus folder holds:
//
//	articles/aNNNNN-YYYY-MM-FLOW.txt|.md|.html  news prose about one monthly release
//	sheets/sNNNNN-YYYY-MM-FLOW.xlsx             customs table, Chinese or English headers
//	sheets/sNNNNN-YYYY-MM-FLOW.csv              tidy table (subject, flow, partner, period, measure, value, unit, note)
//	gold/aNNNNN-....gold.json                   with Options.Gold: the figures each article states
//	manifest.json                               files, figure counts and the planted discrepancies
//
// Sheet i covers one release: exports and imports alternate, months run
// January to December, years run back from Options.LastYear (then on past
// it, so a big corpus never repeats a release). Articles report on releases
// of the last 30 years that the sheets cover. Planted kinds: a sheet month
// that breaks the cumulative arithmetic, an article figure that contradicts
// the sheet, a 万 figure printed with the wrong power of ten, a growth rate
// that contradicts the two values it links, and a month above its year to
// date (see Kinds and RuleID).
package synthetic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"figcheck/figure"
)

// Options size and seed a corpus.
type Options struct {
	// Articles and Sheets are how many files of each kind to write.
	Articles int
	Sheets   int
	// Seed makes the corpus reproducible: the same options give the same files.
	Seed int64
	// LastYear is the year of the newest sheets (default 2024); older sheets
	// reach back one year per 24 sheets.
	LastYear int
	// Plants is how many discrepancies to plant; 0 means one per ten files,
	// and at least one of each kind the corpus has room for. Negative: none.
	Plants int
	// Workers bounds concurrent file writing (0: GOMAXPROCS).
	Workers int
	// Partners is how many trading partners tidy CSV sheets break their
	// figures down by (0: none; at most 12).
	Partners int
	// Hard also uses sentence shapes that are harder to extract: a growth
	// rate followed by its base period's value in one sentence, a subject
	// or period carried over from the sentence before ("over the same
	// period", "April alone accounted for ..."), amounts in 亿元.
	Hard bool
	// Overwrite lets Generate replace a corpus already in the output
	// folder (its articles, sheets, gold and manifest); otherwise a folder
	// that holds any of them is refused, since stale files would be checked too.
	Overwrite bool
	// Gold also writes gold/<article>.gold.json for every article: the
	// figures it states, in the shape of the devset's gold files.
	Gold bool
}

// GoldFigure is one figure an article states, as the generator wrote it
// (the devset's gold shape, plus the metric id and the planted kind).
type GoldFigure struct {
	Quote       string         `json:"quote"`
	Value       float64        `json:"value"`
	Unit        string         `json:"unit"`
	Measure     figure.Measure `json:"measure"`
	Subject     string         `json:"subject"`
	Metric      string         `json:"metric"`
	Flow        string         `json:"flow"`
	PeriodStart string         `json:"period_start"`
	PeriodEnd   string         `json:"period_end"`
	Basis       string         `json:"basis,omitempty"`
	Of          string         `json:"of,omitempty"`
	// Planted names the kind of planted error this figure carries, if any.
	Planted string `json:"planted,omitempty"`
}

// Gold is the gold file of one article.
type Gold struct {
	File      string       `json:"file"`
	Published string       `json:"published"`
	Figures   []GoldFigure `json:"figures"`
}

// ManifestName is the manifest's file name inside the output folder.
const ManifestName = "manifest.json"

// Manifest describes a generated corpus: its files and the discrepancies planted in it.
type Manifest struct {
	Seed     int64  `json:"seed"`
	Articles int    `json:"articles"`
	Sheets   int    `json:"sheets"`
	LastYear int    `json:"last_year"`
	Files    []File `json:"files"`
	// Figures is the number of figures the files state (sheet cells with a
	// number plus numbers in articles).
	Figures int       `json:"figures"`
	Planted []Planted `json:"planted"`
	// Rules maps each kind to the rule id expected to report it.
	Rules map[Kind]string `json:"rules"`
}

// File is one generated input.
type File struct {
	// Path is relative to the output folder, with forward slashes.
	Path   string            `json:"path"`
	Kind   figure.SourceKind `json:"kind"`
	Layout string            `json:"layout,omitempty"`
	// Period and Flow are the release the file is about.
	Period  figure.Period `json:"period"`
	Flow    string        `json:"flow"`
	Figures int           `json:"figures"`
	// Rows is a sheet's number of data rows (commodity rows or CSV records).
	Rows  int `json:"rows,omitempty"`
	Bytes int `json:"bytes"`
}

// Planted is one deliberate discrepancy.
type Planted struct {
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Rule is the id of the rule expected to report it; Also lists rules that
	// may also fire on the same metric and an overlapping period because of it.
	Rule string   `json:"rule"`
	Also []string `json:"also,omitempty"`
	// AlsoPeriods are further periods where the Also rules may fire: the
	// same months a year later, whose growth rates are computed against
	// the planted number.
	AlsoPeriods []figure.Period `json:"also_periods,omitempty"`
	Metric      string          `json:"metric"`
	Measure     figure.Measure  `json:"measure"`
	Period      figure.Period   `json:"period"`
	// Files are the paths of the files involved: the one holding the wrong
	// number first.
	Files []string `json:"files"`
	// Stated is the wrong number as written, True the number the world holds,
	// in base units (yuan, units, tonnes, percent).
	Stated float64 `json:"stated"`
	True   float64 `json:"true"`
	Unit   string  `json:"unit"`
	Quote  string  `json:"quote,omitempty"`
	Note   string  `json:"note"`
}

// ErrOptions reports options that cannot make a corpus.
var ErrOptions = errors.New("invalid generator options")

// Generate writes the corpus into outDir (created if needed): articles
// (articles/*.txt, *.md, *.html), sheets (sheets/*.xlsx, *.csv), manifest.json
// and, with Options.Gold, gold/*.gold.json. It returns the manifest.
func Generate(ctx context.Context, opts Options, outDir string) (Manifest, error) {
	if opts.Articles < 0 || opts.Sheets < 0 || opts.Articles+opts.Sheets == 0 {
		return Manifest{}, fmt.Errorf("%w: want at least one article or sheet (got %d articles, %d sheets)", ErrOptions, opts.Articles, opts.Sheets)
	}
	if opts.LastYear == 0 {
		opts.LastYear = 2024
	}
	if opts.LastYear < firstYear || opts.LastYear > finalYear {
		return Manifest{}, fmt.Errorf("%w: last year %d out of range", ErrOptions, opts.LastYear)
	}
	if opts.Sheets > maxSheets {
		return Manifest{}, fmt.Errorf("%w: at most %d sheets (one per month and flow of %d-%d)", ErrOptions, maxSheets, firstYear, finalYear)
	}
	if opts.Partners < 0 || opts.Partners > len(partners) {
		return Manifest{}, fmt.Errorf("%w: partners %d out of range 0-%d", ErrOptions, opts.Partners, len(partners))
	}
	c := newCorpus(opts)
	if err := clearOutput(outDir, opts.Overwrite); err != nil {
		return Manifest{}, err
	}
	dirs := []string{"articles", "sheets"}
	if opts.Gold {
		dirs = append(dirs, "gold")
	}
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(outDir, d), 0o755); err != nil {
			return Manifest{}, fmt.Errorf("generate: %w", err)
		}
	}
	files, err := c.write(ctx, outDir)
	if err != nil {
		return Manifest{}, err
	}
	m := Manifest{Seed: opts.Seed, Articles: opts.Articles, Sheets: opts.Sheets, LastYear: opts.LastYear,
		Files: files, Rules: map[Kind]string{}}
	for _, k := range Kinds() {
		m.Rules[k] = RuleID(k)
	}
	for _, f := range files {
		m.Figures += f.Figures
	}
	m.Planted = c.manifestPlants(files)
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return Manifest{}, fmt.Errorf("generate: manifest: %w", err)
	}
	if err := os.WriteFile(filepath.Join(outDir, ManifestName), append(data, '\n'), 0o644); err != nil {
		return Manifest{}, fmt.Errorf("generate: %w", err)
	}
	return m, nil
}

// ErrExists reports an output folder that already holds a corpus.
var ErrExists = errors.New("output folder already holds a corpus (use --force to replace it)")

// outputParts are what Generate writes into the output folder.
var outputParts = []string{"articles", "sheets", "gold", ManifestName}

// clearOutput refuses, or with overwrite removes, an earlier corpus in dir.
func clearOutput(dir string, overwrite bool) error {
	for _, p := range outputParts {
		full := filepath.Join(dir, p)
		if _, err := os.Lstat(full); err != nil {
			continue
		}
		if !overwrite {
			return fmt.Errorf("generate %s: %w", dir, ErrExists)
		}
		if err := os.RemoveAll(full); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
	}
	return nil
}

// ReadManifest loads the manifest of a generated corpus.
func ReadManifest(dir string) (Manifest, error) {
	var m Manifest
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		return m, fmt.Errorf("manifest: %w", err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("manifest %s: %w", filepath.Join(dir, ManifestName), err)
	}
	return m, nil
}

// corpus is the plan of a whole corpus: releases, article contents and plants.
type corpus struct {
	opts     Options
	w        world
	sheets   []release
	articles []articlePlan
	plans    []*plan
	tainted  map[factKey]bool
	// sheetPlans maps a sheet index to the plants in it.
	sheetPlans map[int][]*plan
	// sheetOf maps a release to the index of the sheet that publishes it.
	sheetOf map[release]int
}

// articleYears is how far back articles reach: big corpora fill more years
// with sheets, but news stays recent.
const articleYears = 30

func newCorpus(opts Options) *corpus {
	c := &corpus{opts: opts, w: world{seed: uint64(opts.Seed)}, tainted: map[factKey]bool{},
		sheetPlans: map[int][]*plan{}, sheetOf: map[release]int{}}
	for i := 0; i < opts.Sheets; i++ {
		r := releaseAt(i, opts.LastYear)
		c.sheets = append(c.sheets, r)
		c.sheetOf[r] = i
	}
	// Articles report on releases the sheets cover (from February on, so
	// that a year to date is more than one month), newest first; without
	// sheets they report on the releases sheets would have covered.
	var eligible []release
	for _, r := range c.sheets {
		if r.month >= 2 && r.year <= opts.LastYear && r.year >= opts.LastYear-articleYears {
			eligible = append(eligible, r)
		}
	}
	for i := 0; len(eligible) == 0 || (len(c.sheets) == 0 && len(eligible) < opts.Articles); i++ {
		if r := releaseAt(i, opts.LastYear); r.month >= 2 {
			eligible = append(eligible, r)
		}
	}
	for j := 0; j < opts.Articles; j++ {
		rng := rand.New(rand.NewPCG(uint64(opts.Seed), uint64(j)<<1|1))
		r := eligible[j%len(eligible)]
		var cand []int
		for ci, cm := range commodities {
			if tradedIn(cm, r.flow) {
				cand = append(cand, ci)
			}
		}
		rng.Shuffle(len(cand), func(a, b int) { cand[a], cand[b] = cand[b], cand[a] })
		n := 2 + rng.IntN(4)
		if n > len(cand) {
			n = len(cand)
		}
		c.articles = append(c.articles, articlePlan{index: j, rel: r, items: append([]int(nil), cand[:n]...)})
	}
	n := opts.Plants
	if n == 0 {
		n = (opts.Articles + opts.Sheets) / 10
		if n < len(Kinds()) {
			n = len(Kinds())
		}
	}
	if n > 0 {
		p := &planner{rng: rand.New(rand.NewPCG(uint64(opts.Seed), 0xfeed)), articles: c.articles, sheets: c.sheets,
			used: map[[3]int]bool{}, sheetHas: map[int]bool{}, sheetOf: c.sheetOf, cursor: map[Kind]int{}}
		p.place(n)
		c.plans = p.plans
	}
	for _, pl := range c.plans {
		c.tainted[pl.key()] = true
		if pl.sheet {
			c.sheetPlans[pl.file] = append(c.sheetPlans[pl.file], pl)
		}
	}
	return c
}

// articleFormat picks article j's file type: mostly plain text, one in seven
// Markdown with front matter, one in seven HTML.
func articleFormat(j int) string {
	switch j % 7 {
	case 5:
		return ".md"
	case 6:
		return ".html"
	}
	return ".txt"
}

func articlePath(j int, r release) string {
	return fmt.Sprintf("articles/a%05d-%d-%02d-%s%s", j, r.year, r.month, r.flow, articleFormat(j))
}

func sheetPath(i int, r release, layout string) string {
	ext := ".xlsx"
	if layout == LayoutTidyCSV {
		ext = ".csv"
	}
	return fmt.Sprintf("sheets/s%05d-%d-%02d-%s%s", i, r.year, r.month, r.flow, ext)
}

// write writes every file with a pool of workers; the result is in a fixed order.
func (c *corpus) write(ctx context.Context, outDir string) ([]File, error) {
	total := len(c.sheets) + len(c.articles)
	files := make([]File, total)
	workers := c.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := range jobs {
				if errs[w] != nil || ctx.Err() != nil {
					continue
				}
				var f File
				var data []byte
				var err error
				if k < len(c.sheets) {
					f, data, err = c.sheetFile(k)
				} else {
					var gold []byte
					f, data, gold, err = c.articleFile(k - len(c.sheets))
					if err == nil && gold != nil {
						err = os.WriteFile(filepath.Join(outDir, "gold", goldName(f.Path)), gold, 0o644)
					}
				}
				if err == nil {
					f.Bytes = len(data)
					err = os.WriteFile(filepath.Join(outDir, filepath.FromSlash(f.Path)), data, 0o644)
				}
				if err != nil {
					errs[w] = fmt.Errorf("generate %s: %w", f.Path, err)
				}
				files[k] = f
			}
		}(w)
	}
	for k := 0; k < total && ctx.Err() == nil; k++ {
		jobs <- k
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// sheetFile renders sheet i.
func (c *corpus) sheetFile(i int) (File, []byte, error) {
	r := c.sheets[i]
	layout := sheetLayout(i, r)
	f := File{Path: sheetPath(i, r, layout), Kind: figure.KindSheet, Layout: layout, Period: r.ytdPeriod(), Flow: r.flow}
	var over []sheetOverride
	for _, pl := range c.sheetPlans[i] {
		fc := c.w.factsFor(pl.ci, r.flow, r.year, r.month)
		// Round the falsified value to the table's precision.
		v := int64(float64(fc.month) * (1 + pl.delta))
		if layout == LayoutTidyCSV {
			v = v / 100 * 100 // 亿元 with two decimals is 100 tenths of 万元
		}
		pl.stated, pl.truth = valueYuan(v), valueYuan(fc.month)
		over = append(over, sheetOverride{ci: pl.ci, measure: figure.Value, month: true, value: v})
	}
	var data []byte
	var err error
	if layout == LayoutTidyCSV {
		data, err = c.w.tidyCSV(r, over, c.opts.Partners)
	} else {
		data, err = c.w.customsXLSX(r, over, layout == LayoutCustomsEN)
	}
	f.Figures = sheetFigures(r, layout, c.opts.Partners)
	f.Rows = len(sheetRows(r.flow))
	if layout == LayoutTidyCSV {
		f.Rows = bytes.Count(data, []byte("\n")) - 1
	}
	return f, data, err
}

// sheetFigures counts the numbers a sheet states.
func sheetFigures(r release, layout string, nPartners int) int {
	n := 0
	for _, ci := range sheetRows(r.flow) {
		per := 3 // month value, cumulative value, cumulative growth
		if layout == LayoutTidyCSV {
			per = 2
			if r.month == 1 {
				per = 1
			}
		}
		if commodities[ci].hasQty() {
			per *= 2
		}
		n += per
	}
	if layout == LayoutTidyCSV {
		n *= 1 + nPartners
	}
	return n
}

// goldName is the gold file's name for an article path.
func goldName(article string) string {
	base := path.Base(article)
	return strings.TrimSuffix(base, path.Ext(base)) + ".gold.json"
}

// articleFile renders article j and, if asked, its gold file.
func (c *corpus) articleFile(j int) (File, []byte, []byte, error) {
	p := c.articles[j]
	rng := rand.New(rand.NewPCG(uint64(c.opts.Seed), uint64(j)<<1))
	a := &writer{w: c.w, rng: rng, rel: p.rel, pub: publishedOn(p.rel, rng), tainted: c.tainted, plant: p.plant, hard: c.opts.Hard}
	text := a.render(p, articleFormat(j))
	f := File{Path: articlePath(j, p.rel), Kind: figure.KindArticle, Period: p.rel.ytdPeriod(), Flow: p.rel.flow, Figures: len(a.gold)}
	if !c.opts.Gold {
		return f, []byte(text), nil, nil
	}
	figs := a.gold
	if figs == nil {
		figs = []GoldFigure{} // "figures": [], not null
	}
	gold, err := json.MarshalIndent(Gold{File: path.Base(f.Path), Published: a.pub.Format("2006-01-02"), Figures: figs}, "", " ")
	if err != nil {
		return f, nil, nil, err
	}
	return f, []byte(text), append(gold, '\n'), nil
}

// manifestPlants turns the filled-in plans into manifest entries, in a fixed order.
func (c *corpus) manifestPlants(files []File) []Planted {
	var out []Planted
	for _, pl := range c.plans {
		cm := commodities[pl.ci]
		e := Planted{Kind: pl.kind, Rule: RuleID(pl.kind), Metric: figure.MetricID(cm.id, pl.flow), Measure: pl.measure,
			Period: pl.period, Stated: pl.stated, True: pl.truth, Unit: "CNY", Quote: pl.quote}
		e.Also = append(e.Also, alsoFor[pl.kind]...)
		e.AlsoPeriods = []figure.Period{{Start: pl.period.Start + 12, End: pl.period.End + 12}}
		var r release
		if pl.sheet {
			r = c.sheets[pl.file]
			e.Files = []string{files[pl.file].Path}
		} else {
			r = c.articles[pl.file].rel
			e.Files = []string{files[len(c.sheets)+pl.file].Path}
		}
		if s, ok := c.sheetOf[r]; ok && !pl.sheet && !cm.articleOnly {
			e.Files = append(e.Files, files[s].Path)
		}
		switch pl.kind {
		case KindCumulative:
			if s, ok := c.sheetOf[release{r.year, r.month - 1, r.flow}]; ok {
				e.Files = append(e.Files, files[s].Path)
			}
			e.Note = fmt.Sprintf("%s %s for %s changed by %+.1f%% in the sheet; the months no longer add up to the year to date",
				cm.names[0], pl.flow, pl.period.Label(), pl.delta*100)
		case KindConflict:
			e.Note = fmt.Sprintf("the article states %s %s for %s %+.1f%% away from the sheet", cm.names[0], pl.flow, pl.period.Label(), pl.delta*100)
		case KindScale:
			e.Unit = cm.qtyUnit
			e.Note = fmt.Sprintf("the article prints the table's %s figure with the wrong power of ten (x%g)", cm.qtyZH, pl.delta)
		case KindGrowth:
			e.Unit = figure.UnitPercent
			e.Note = fmt.Sprintf("the growth rate is %+.1f points off the two values the sentence links", pl.stated-pl.truth)
		case KindMonthOverYTD:
			e.Note = fmt.Sprintf("the %s figure for %s exceeds the year to date", figure.MonthName(r.month), cm.names[0])
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Files[0] != out[j].Files[0] {
			return out[i].Files[0] < out[j].Files[0]
		}
		return out[i].Metric < out[j].Metric
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("plant-%04d", i+1)
	}
	return out
}
