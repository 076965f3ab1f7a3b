package periods

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The regression corpus pins Find's exact output on a few hundred kilobytes
// of real and generated articles, so that speed work cannot silently change
// what Find returns. testdata/regress/corpus.jsonl.gz holds the texts (one
// JSON object a line: name, text and an optional reference date);
// golden.txt.gz holds every mention Find returns for them.
//
// Rebuild the corpus from the shared article sets (rarely needed; it changes
// the inputs, so review the new golden file):
//
//	PERIODS_BUILD_CORPUS=1 PERIODS_GEN_DIR=/tmp/gen go test -run BuildRegressCorpus ./sources/periods
//
// Rewrite the golden file after an intended change in behaviour:
//
//	go test -run RegressionCorpus -update ./sources/periods
const (
	regressCorpus = "testdata/regress/corpus.jsonl.gz"
	regressGolden = "testdata/regress/golden.txt.gz"
)

// regressEntry is one text of the regression corpus.
type regressEntry struct {
	Name string `json:"name"`
	Text string `json:"text"`
	Ref  string `json:"ref,omitempty"` // YYYY-MM-DD; "" to use regressRefs
}

// regressRefs are the reference dates every entry without its own is read
// on: none, early in a year, mid-year, late in a year, and in the first
// quarter (which changes "full-year").
var regressRefs = []string{"", "2024-01-15", "2024-05-10", "2024-11-07", "2025-03-10"}

// fullRender renders every field of a mention.
func fullRender(m Mention) string {
	var flags []string
	for _, f := range []struct {
		on   bool
		name string
	}{{m.Cumulative, "cum"}, {m.Relative, "rel"}, {m.Day, "day"}, {m.SamePeriod, "same"},
		{m.Comparison, "cmp"}, {m.Anaphoric, "ana"}, {m.Rolling, "roll"}, {m.Open, "open"}} {
		if f.on {
			flags = append(flags, f.name)
		}
	}
	day := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.Format("2006-01-02")
	}
	return fmt.Sprintf("%d-%d %s %s %s %s..%s %s y=%d", m.Start, m.End, strconv.Quote(m.Text),
		m.Period.String(), m.Kind, day(m.From), day(m.To), strings.Join(flags, ","), m.Year)
}

// regressOutput runs Find over one entry in every mode and returns the
// rendered lines: the whole text on each reference date, then each line on
// its own and each line upper-cased (both read on one date).
func regressOutput(e regressEntry) []string {
	var out []string
	refs := regressRefs
	if e.Ref != "" {
		refs = []string{"", e.Ref}
	}
	for _, r := range refs {
		var ref time.Time
		if r != "" {
			ref = date(r)
		}
		for _, m := range Find(e.Text, ref) {
			out = append(out, fmt.Sprintf("%s doc@%s %s", e.Name, r, fullRender(m)))
		}
	}
	ref := date("2024-05-10")
	if e.Ref != "" {
		ref = date(e.Ref)
	}
	for n, l := range strings.Split(e.Text, "\n") {
		for _, m := range Find(l, ref) {
			out = append(out, fmt.Sprintf("%s line%d %s", e.Name, n+1, fullRender(m)))
		}
		for _, m := range Find(strings.ToUpper(l), ref) {
			out = append(out, fmt.Sprintf("%s upper%d %s", e.Name, n+1, fullRender(m)))
		}
	}
	return out
}

func readRegressCorpus(t testing.TB) []regressEntry {
	t.Helper()
	f, err := os.Open(regressCorpus)
	if err != nil {
		t.Fatalf("%v (build it with PERIODS_BUILD_CORPUS=1)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", regressCorpus, err)
	}
	var es []regressEntry
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<26)
	for n := 1; sc.Scan(); n++ {
		var e regressEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("%s line %d: %v", regressCorpus, n, err)
		}
		es = append(es, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", regressCorpus, err)
	}
	return es
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

func writeGz(path string, data []byte) error {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// TestRegressionCorpus compares Find's output on the regression corpus with
// the golden file, line by line; run with -update to rewrite it.
func TestRegressionCorpus(t *testing.T) {
	es := readRegressCorpus(t)
	var got []string
	for _, e := range es {
		got = append(got, regressOutput(e)...)
	}
	text := strings.Join(got, "\n") + "\n"
	if *update {
		if err := writeGz(regressGolden, []byte(text)); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d mentions for %d texts", len(got), len(es))
		return
	}
	b, err := readGz(regressGolden)
	if err != nil {
		t.Fatalf("%v (run go test -run RegressionCorpus -update)", err)
	}
	want := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(got) != len(want) {
		t.Errorf("%d mentions, golden has %d", len(got), len(want))
	}
	diffs := 0
	for i := 0; i < max(len(got), len(want)) && diffs < 20; i++ {
		g, w := "(none)", "(none)"
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			diffs++
			t.Errorf("line %d:\n  got  %s\n  want %s", i+1, g, w)
		}
	}
}

// TestBuildRegressCorpus gathers the regression corpus from the article sets
// around the repository; it runs only with PERIODS_BUILD_CORPUS=1.
// PERIODS_GEN_DIR adds the articles of `figcheck gen` written there.
func TestBuildRegressCorpus(t *testing.T) {
	if os.Getenv("PERIODS_BUILD_CORPUS") == "" {
		t.Skip("set PERIODS_BUILD_CORPUS=1 to rebuild " + regressCorpus)
	}
	var es []regressEntry
	add := func(name, text, ref string) {
		es = append(es, regressEntry{Name: name, Text: text, Ref: ref})
	}
	globs := [][2]string{
		{"devset", "../../../shared/devset/*.txt"},
		{"heldout", "../../testdata/heldout/*.txt"},
		{"heldout", "../../testdata/heldout/*.md"},
		{"heldout", "../../testdata/heldout/*.html"},
		{"periods", "testdata/articles/*.txt"},
		{"examples", "../../examples/corpus/articles/*"},
		{"article", "../article/testdata/*.txt"},
	}
	if d := os.Getenv("PERIODS_GEN_DIR"); d != "" {
		globs = append(globs, [2]string{"gen", filepath.Join(d, "articles", "*")})
	}
	for _, g := range globs {
		files, _ := filepath.Glob(g[1])
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			add(g[0]+"/"+filepath.Base(f), string(b), "")
		}
	}
	// The conformance inputs, each on its own reference date.
	if b, err := os.ReadFile(conformancePath); err == nil {
		var cases []confCase
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			ref := ""
			if c.Reference != nil {
				ref = (*c.Reference)[:10]
			}
			add("conformance/"+c.ID, c.Input, ref)
		}
	}
	// The fuzz seeds.
	seeds, _ := filepath.Glob("testdata/fuzz/FuzzFind/*")
	sort.Strings(seeds)
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if s, ok := strings.CutPrefix(l, "string("); ok {
				if u, err := strconv.Unquote(strings.TrimSuffix(s, ")")); err == nil {
					add("fuzz/"+filepath.Base(f), u, "")
				}
			}
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, e := range es {
		if err := enc.Encode(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(regressCorpus), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := writeGz(regressCorpus, buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d texts, %d bytes", len(es), buf.Len())
}
