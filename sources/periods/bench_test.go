package periods

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkFind runs Find over every line of the devset articles (or a
// built-in paragraph when they are absent), the way the article extractor
// calls it: once per sentence.
func BenchmarkFind(b *testing.B) {
	var lines []string
	files, _ := filepath.Glob("../../../shared/devset/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("read %s: %v", f, err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	if len(lines) == 0 {
		lines = strings.Split(benchText, "\n")
	}
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	ref := date("2024-05-10")
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Find(l, ref)
		}
	}
}

const benchText = `Customs figures released on Thursday show that China's trade in integrated circuits expanded in both directions during the first four months of 2024.
Exports of integrated circuits reached 355.24 billion yuan in January-April, a rise of 23.5% from a year earlier. By volume, 88.68 billion chips were shipped abroad over the same period, up 8.5 percent.
April alone accounted for 91.94 billion yuan of exports and 26.26 billion units.
1至4月，我国出口集成电路886.8亿个，增长8.5%；价值3552.4亿元，增长23.5%。`

// BenchmarkFindCorpus runs Find over each article of the regression corpus
// as a whole, the way the article extractor calls it (once per document).
func BenchmarkFindCorpus(b *testing.B) {
	var texts []string
	n := 0
	for _, e := range readRegressCorpus(b) {
		if strings.HasPrefix(e.Name, "conformance/") || strings.HasPrefix(e.Name, "fuzz/") {
			continue
		}
		texts = append(texts, e.Text)
		n += len(e.Text)
	}
	ref := date("2024-05-10")
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Find(t, ref)
		}
	}
}

// BenchmarkFindMB runs Find once over about 1 MB of the article extractor's
// benchmark text (sources/article/testdata repeated), as BenchmarkExtract
// in sources/article does.
func BenchmarkFindMB(b *testing.B) {
	paths, _ := filepath.Glob("../article/testdata/*.txt")
	var sb strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	if sb.Len() == 0 {
		b.Skip("no article testdata")
	}
	one := sb.String()
	text := strings.Repeat(one, 1+(1<<20)/len(one))
	ref := date("2024-05-10")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, ref)
	}
}
