package numbers

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the regression golden from the corpus files")

const regressGolden = "testdata/regress/scan.json.gz"

// regressCase is one scanned input and every mention Scan found in it. The
// input is stored with its results so that the golden does not depend on
// files outside this package staying as they were.
type regressCase struct {
	Name     string    `json:"name"`
	Text     string    `json:"text"`
	Mentions []Mention `json:"mentions"`
}

// regressInputs gathers every text the regression golden covers: sample
// articles, held-out sets, example articles, fuzz seeds and the conformance
// inputs. Paths are relative to this package directory.
func regressInputs(t *testing.T) []regressCase {
	t.Helper()
	var out []regressCase
	add := func(name, text string) { out = append(out, regressCase{Name: name, Text: text}) }
	globs := []string{
		"/work/shared/devset/*.txt",
		"../../testdata/heldout*/*",
		"../../examples/corpus/articles/*",
	}
	for _, g := range globs {
		files, err := filepath.Glob(g)
		if err != nil {
			t.Fatalf("glob %s: %v", g, err)
		}
		sort.Strings(files)
		for _, f := range files {
			if st, err := os.Stat(f); err != nil || st.IsDir() {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatalf("read %s: %v", f, err)
			}
			add(f, string(b))
		}
	}
	seeds, _ := filepath.Glob("testdata/fuzz/FuzzScan/*")
	sort.Strings(seeds)
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(line, "string(") {
				continue
			}
			s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(line, "string("), ")"))
			if err != nil {
				t.Fatalf("%s line %d: %v", f, i+1, err)
			}
			add(f, s)
		}
	}
	b, err := os.ReadFile("/work/shared/conformance/recognizers-en.json")
	if err != nil {
		t.Fatalf("read conformance: %v", err)
	}
	var conf []struct {
		ID    string `json:"id"`
		Input string `json:"input"`
	}
	if err := json.Unmarshal(b, &conf); err != nil {
		t.Fatalf("conformance: %v", err)
	}
	for _, c := range conf {
		add("conformance/"+c.ID, c.Input)
	}
	return out
}

// TestScanRegression compares every Mention field Scan returns for the stored
// inputs with the committed golden. Run with -update to rebuild it from the
// corpus files (only after checking that a change in results is intended).
func TestScanRegression(t *testing.T) {
	if *update {
		cases := regressInputs(t)
		for i := range cases {
			cases[i].Mentions = Scan(cases[i].Text)
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		enc := json.NewEncoder(zw)
		enc.SetIndent("", " ")
		if err := enc.Encode(cases); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(regressGolden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d inputs to %s", len(cases), regressGolden)
		return
	}
	f, err := os.Open(regressGolden)
	if err != nil {
		t.Fatalf("open golden: %v (run with -update)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", regressGolden, err)
	}
	var cases []regressCase
	if err := json.NewDecoder(zr).Decode(&cases); err != nil {
		t.Fatalf("%s: %v", regressGolden, err)
	}
	if len(cases) < 100 {
		t.Fatalf("%s holds only %d inputs", regressGolden, len(cases))
	}
	total := 0
	for i, c := range cases {
		got := Scan(c.Text)
		low := lowerASCII(c.Text)
		gotLow := ScanLower(c.Text, low)
		if len(got) == 0 {
			got = nil
		}
		if len(gotLow) == 0 {
			gotLow = nil
		}
		total += len(c.Mentions)
		if !reflect.DeepEqual(got, gotLow) {
			t.Errorf("case %d %s: ScanLower differs from Scan", i, c.Name)
		}
		if reflect.DeepEqual(got, c.Mentions) {
			continue
		}
		n := len(got)
		if len(c.Mentions) > n {
			n = len(c.Mentions)
		}
		for k := 0; k < n; k++ {
			var g, w Mention
			if k < len(got) {
				g = got[k]
			}
			if k < len(c.Mentions) {
				w = c.Mentions[k]
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("case %d %s mention %d:\n got  %+v\n want %+v", i, c.Name, k, g, w)
				break
			}
		}
	}
	t.Logf("%d inputs, %d mentions", len(cases), total)
}

// BenchmarkScanCorpus scans the regression inputs (real articles and
// conformance sentences) joined into one text.
func BenchmarkScanCorpus(b *testing.B) {
	f, err := os.Open(regressGolden)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var cases []regressCase
	if err := json.NewDecoder(zr).Decode(&cases); err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, c := range cases {
		sb.WriteString(c.Text)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Scan(text)
	}
}

// BenchmarkScanLower is BenchmarkScan for a caller that lower-cases once.
func BenchmarkScanLower(b *testing.B) {
	para := "China's exports rose 8.5% year-on-year in April to $315.69 billion, while imports fell 2.2%, " +
		"leaving a surplus of 72.35 billion dollars. Shipments of rare earths topped 5,000 tonnes, and the " +
		"country bought 168.1 billion integrated circuits worth 832.5 billion yuan between January and April, " +
		"increases of 14.8% and 15.9% respectively, customs data showed on Thursday.\n\n"
	text := strings.Repeat(para, (1<<20)/len(para))
	low := lowerASCII(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ScanLower(text, low)
	}
}
