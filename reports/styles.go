package reports

import (
	"github.com/xuri/excelize/v2"

	"figcheck/rules"
)

// Severity fills: light backgrounds with dark text, readable on screen and in print.
const (
	FillError   = "FFC7CE" // red
	FillWarning = "FFE699" // amber
	FillInfo    = "DDEBF7" // blue-grey
)

// styles holds every style id the report uses; each is created once.
type styles struct {
	header, title, subtitle, label, top, wrap, center, link, pct, integer, decimal int
	mono, code, status, editable, ok, failed, warn                                 int
	sevError, sevWarning, sevInfo, sevOther                                        int
	tableHead                                                                      int
}

// plain reports whether a style shows nothing in an empty cell (no fill, no border).
func (s styles) plain(id int) bool {
	return id == 0 || id == s.top || id == s.wrap || id == s.center || id == s.mono || id == s.code
}

// wraps reports whether a style wraps its text.
func (s styles) wraps(id int) bool {
	return id != 0 && (id == s.wrap || id == s.link || id == s.editable || id == s.code)
}

func (s styles) severity(sev rules.Severity) int {
	switch sev {
	case rules.SevError:
		return s.sevError
	case rules.SevWarning:
		return s.sevWarning
	case rules.SevInfo:
		return s.sevInfo
	}
	return s.sevOther
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var firstErr error
	mk := func(st *excelize.Style) int {
		id, err := f.NewStyle(st)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return id
	}
	fill := func(color string) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
	}
	thin := []excelize.Border{
		{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1},
	}
	top := &excelize.Alignment{Vertical: "top"}
	wrap := &excelize.Alignment{Vertical: "top", WrapText: true}
	intFmt, decFmt, pctFmt := "#,##0", "#,##0.00##", "0.0%"

	s.header = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: fill("1F4E78"),
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}, Border: thin})
	s.tableHead = mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill("D9E1F2"), Border: thin,
		Alignment: &excelize.Alignment{Vertical: "center"}})
	s.title = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Color: "1F4E78"}})
	s.subtitle = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: "1F4E78"}})
	s.label = mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top})
	s.top = mk(&excelize.Style{Alignment: top})
	s.wrap = mk(&excelize.Style{Alignment: wrap})
	s.center = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"}})
	s.link = mk(&excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}, Alignment: wrap})
	s.pct = mk(&excelize.Style{CustomNumFmt: &pctFmt, Alignment: top})
	s.integer = mk(&excelize.Style{CustomNumFmt: &intFmt, Alignment: top})
	s.decimal = mk(&excelize.Style{CustomNumFmt: &decFmt, Alignment: top})
	s.mono = mk(&excelize.Style{Font: &excelize.Font{Family: "Courier New", Size: 9}, Alignment: top})
	s.code = mk(&excelize.Style{Font: &excelize.Font{Family: "Courier New", Size: 9}, Alignment: wrap})
	s.status = mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill("FFF2CC"), Border: thin, Alignment: top})
	s.editable = mk(&excelize.Style{Fill: fill("FFF2CC"), Border: thin, Alignment: wrap})
	s.ok = mk(&excelize.Style{Font: &excelize.Font{Color: "375623"}, Alignment: top})
	s.failed = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "9C0006"}, Fill: fill(FillError), Alignment: top})
	s.warn = mk(&excelize.Style{Font: &excelize.Font{Color: "7F6000"}, Fill: fill(FillWarning), Alignment: top})
	sev := func(bg, fg string) int {
		return mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: fg}, Fill: fill(bg), Border: thin, Alignment: top})
	}
	s.sevError = sev(FillError, "9C0006")
	s.sevWarning = sev(FillWarning, "7F6000")
	s.sevInfo = sev(FillInfo, "1F4E78")
	s.sevOther = sev("EDEDED", "404040")
	return s, firstErr
}
