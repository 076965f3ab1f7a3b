package sheet

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"figcheck/sources"
)

// The fast workbook reader. excelize spends most of a small workbook's read
// decoding parts the sheet reader never uses (theme, styles, calcChain) and
// streams cells through encoding/xml. For the common plain workbook — no
// number formats but General, no formulas, ordinary XML — the fast reader
// unzips the parts itself and scans the sheet XML directly, giving exactly
// the cell texts excelize's Rows iterator gives.
//
// What excelize accepts or refuses when it opens a workbook depends only on
// the parts it parses then; the fast reader does not parse them. It is used
// only for a workbook whose parts (everything but worksheets, shared strings
// and document properties) and part names are byte for byte those of a
// workbook that excelize has already read without error during this run:
// the verdict, with the sheet list it read, is kept in sources.Options.Memo
// under a hash of those parts. Files of one producer share these parts, so
// the first two files of each kind go through excelize (the verdict is
// worked out on the second) and the others do not. Without a memo every
// workbook goes through excelize.
//
// Anything the fast reader does not handle exactly as excelize does (a
// number format, a formula, rich text with run properties or phonetic runs,
// _xHHHH_ escapes, comments or CDATA, booleans, errors, dates) makes it give
// up, and the workbook is read again through excelize from the start.

// errFallback makes the fast reader give up in favour of excelize.
var errFallback = errors.New("workbook needs excelize")

// bookKey keys a workbook's verdict in the run's memo: a hash of the part
// names and of the parts excelize parses when it opens a workbook.
type bookKey [sha256.Size]byte

// bookMeta is what the fast reader needs of a workbook that excelize opened.
type bookMeta struct {
	sheets []sheetMeta // in workbook order
	// keyFormulas: some key part holds a formula element (the workbook is
	// then left to excelize, which looks for uncached formulas).
	keyFormulas bool
	// styles tells how excelize formats a cell of each style index
	// (formattedValue, cell.go): nil when the workbook has no cellXfs, in
	// which case no style formats.
	styles []styleKind
}

// styleKind is how excelize formats the value of a cell of some style.
type styleKind uint8

const (
	styleOther   styleKind = iota // a number format: left to excelize
	styleGeneral                  // numFmtId 0, "General"
)

type sheetMeta struct {
	name, path string
	visible    bool
}

// fastPackage is a workbook the fast reader may read. Its key is computed
// from the compressed bytes of the key parts (decompression is
// deterministic, and the checksum it checks is hashed too); parts are
// unzipped when needed.
type fastPackage struct {
	files map[string]*zip.File
	parts map[string][]byte // unzipped so far
	key   bookKey
}

// Part names excelize renames when it unzips (lib.go ReadZipReader).
var canonicalParts = map[string]string{
	"[content_types].xml":  "[Content_Types].xml",
	"xl/sharedstrings.xml": "xl/sharedStrings.xml",
}

// openFast lists a workbook's parts and computes its key; nil when it must
// go through excelize (the zip is unreadable or too large, or has a part
// excelize would keep in a temporary file).
func openFast(data []byte, opts sources.Options) *fastPackage {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	limit := unzipLimit(int64(len(data)), opts)
	xmlLimit := min(limit, 16<<20)
	pk := &fastPackage{files: make(map[string]*zip.File, len(zr.File)), parts: map[string][]byte{}}
	names := make([]string, 0, len(zr.File))
	var total int64
	for _, zf := range zr.File {
		size := int64(zf.UncompressedSize64)
		total += size
		if zf.UncompressedSize64 > uint64(xmlLimit) || total > limit || size < 0 {
			return nil
		}
		name := strings.ReplaceAll(zf.Name, "\\", "/")
		if c, ok := canonicalParts[strings.ToLower(name)]; ok {
			name = c
		}
		if _, dup := pk.files[name]; dup || zf.FileInfo().IsDir() {
			return nil
		}
		pk.files[name] = zf
		names = append(names, name)
	}
	slices.Sort(names)
	h := sha256.New()
	for _, n := range names {
		h.Write([]byte(n))
		h.Write([]byte{0})
	}
	var head [22]byte
	var buf []byte
	for _, n := range names {
		if !keyPart(n) {
			continue
		}
		zf := pk.files[n]
		r, err := zf.OpenRaw()
		if err != nil {
			return nil
		}
		h.Write([]byte{1})
		h.Write([]byte(n))
		h.Write([]byte{0})
		b := binary.LittleEndian.AppendUint16(head[:0], zf.Method)
		b = binary.LittleEndian.AppendUint32(b, zf.CRC32)
		b = binary.LittleEndian.AppendUint64(b, zf.CompressedSize64)
		b = binary.LittleEndian.AppendUint64(b, zf.UncompressedSize64)
		h.Write(b)
		if buf == nil {
			buf = make([]byte, 8<<10)
		}
		if _, err := io.CopyBuffer(h, r, buf); err != nil {
			return nil
		}
		if zf.Flags&0x8 != 0 {
			// A data descriptor after the data repeats the checksum and
			// sizes; reading the part checks it, so it counts too.
			off, err := zf.DataOffset()
			if err != nil {
				return nil
			}
			end := off + int64(zf.CompressedSize64)
			if end < 0 || end > int64(len(data)) {
				return nil
			}
			h.Write(data[end:min(end+16, int64(len(data)))]) // archive/zip reads 16 bytes
		}
	}
	h.Sum(pk.key[:0])
	return pk
}

// part returns the unzipped part of that name (ok false when there is none
// or it is unreadable: a size or checksum mismatch).
func (pk *fastPackage) part(name string) ([]byte, bool) {
	if b, ok := pk.parts[name]; ok {
		return b, true
	}
	zf, ok := pk.files[name]
	if !ok {
		return nil, false
	}
	size := int64(zf.UncompressedSize64)
	rc, err := zf.Open()
	if err != nil {
		return nil, false
	}
	defer rc.Close()
	buf := bytes.NewBuffer(make([]byte, 0, size))
	_, err = io.Copy(buf, io.LimitReader(rc, size+1))
	if err != nil || int64(buf.Len()) != size {
		return nil, false
	}
	pk.parts[name] = buf.Bytes()
	return buf.Bytes(), true
}

// has reports whether the workbook has a part of that name.
func (pk *fastPackage) has(name string) bool {
	_, ok := pk.files[name]
	return ok
}

// load unzips the parts outside the key, as excelize does when it opens a
// workbook (the key parts are byte for byte those of a workbook excelize
// unzipped without error); false when one is unreadable or holds a formula
// element (formulas are left to excelize; bookMeta.keyFormulas tells about
// the key parts).
func (pk *fastPackage) load() bool {
	for name := range pk.files {
		if keyPart(name) {
			continue
		}
		b, ok := pk.part(name)
		if !ok || hasFormulaTag(b) {
			return false
		}
	}
	return true
}

// keyPart reports whether a part counts in the workbook's key: all but the
// worksheets, the shared strings and the document properties, which
// excelize does not parse when it opens a workbook.
func keyPart(name string) bool {
	return !strings.HasPrefix(name, "xl/worksheets/") && name != "xl/sharedStrings.xml" && !strings.HasPrefix(name, "docProps/")
}

// Minimal mirrors of the excelize structures that list the sheets.
type (
	xRels struct {
		XMLName xml.Name `xml:"http://schemas.openxmlformats.org/package/2006/relationships Relationships"`
		Rels    []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:",attr"`
			Type   string `xml:",attr"`
		} `xml:"Relationship"`
	}
	xWorkbook struct {
		XMLName xml.Name `xml:"http://schemas.openxmlformats.org/spreadsheetml/2006/main workbook"`
		Sheets  []struct {
			Name  string `xml:"name,attr,omitempty"`
			ID    string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
			State string `xml:"state,attr,omitempty"`
		} `xml:"sheets>sheet"`
	}
)

// readMeta lists the sheets of a workbook as excelize finds them (sheet.go
// getSheetMap, getWorksheetPath; workbook.go getWorkbookPath); ok is false
// for anything out of the ordinary.
func (pk *fastPackage) readMeta() (*bookMeta, bool) {
	var root xRels
	if b, ok := pk.part("_rels/.rels"); !ok || xml.Unmarshal(b, &root) != nil {
		return nil, false
	}
	wbPath := ""
	for _, r := range root.Rels {
		if r.Type == excelize.SourceRelationshipOfficeDocument {
			wbPath = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	if wbPath == "" {
		return nil, false
	}
	relsPath := "_rels/" + filepath.Base(wbPath) + ".rels"
	if dir := filepath.Dir(wbPath); dir != "." {
		relsPath = strings.TrimPrefix(dir+"/_rels/"+filepath.Base(wbPath)+".rels", "/")
	}
	var wb xWorkbook
	var rels xRels
	if b, ok := pk.part(wbPath); !ok || xml.Unmarshal(b, &wb) != nil {
		return nil, false
	}
	if b, ok := pk.part(relsPath); !ok || xml.Unmarshal(b, &rels) != nil {
		return nil, false
	}
	meta := &bookMeta{}
	for i, s := range wb.Sheets {
		for _, o := range wb.Sheets[:i] {
			if strings.EqualFold(o.Name, s.Name) {
				return nil, false
			}
		}
		path := ""
		for _, r := range rels.Rels {
			if r.ID != s.ID {
				continue
			}
			if path != "" {
				return nil, false
			}
			path = filepath.ToSlash(strings.TrimPrefix(strings.ReplaceAll(filepath.Clean(filepath.Dir(wbPath)+"/"+r.Target), "\\", "/"), "/"))
			if strings.HasPrefix(r.Target, "/") {
				path = filepath.ToSlash(strings.TrimPrefix(strings.ReplaceAll(filepath.Clean(r.Target), "\\", "/"), "/"))
			}
		}
		if !pk.has(path) || !strings.HasPrefix(path, "xl/worksheets/") {
			return nil, false
		}
		meta.sheets = append(meta.sheets, sheetMeta{name: s.Name, path: path, visible: s.State == "" || s.State == "visible"})
	}
	if len(meta.sheets) == 0 {
		return nil, false
	}
	for name := range pk.files {
		if !keyPart(name) {
			continue
		}
		b, ok := pk.part(name)
		if !ok {
			return nil, false
		}
		meta.keyFormulas = meta.keyFormulas || hasFormulaTag(b)
	}
	if pk.has("xl/styles.xml") {
		b, ok := pk.part("xl/styles.xml")
		if !ok {
			return nil, false
		}
		var st xStyles
		if err := xml.Unmarshal(b, &st); err != nil {
			return nil, false
		}
		custom0 := false
		if st.NumFmts != nil {
			for _, f := range st.NumFmts.NumFmt {
				custom0 = custom0 || f.ID == 0
			}
		}
		if st.CellXfs != nil {
			meta.styles = make([]styleKind, len(st.CellXfs.Xf))
			for i, xf := range st.CellXfs.Xf {
				if (xf.NumFmtID == nil || *xf.NumFmtID == 0) && !custom0 {
					meta.styles[i] = styleGeneral
				}
			}
		}
	}
	return meta, true
}

// xStyles mirrors what excelize's xlsxStyleSheet holds of number formats.
type xStyles struct {
	NumFmts *struct {
		NumFmt []struct {
			ID int `xml:"numFmtId,attr"`
		} `xml:"numFmt"`
	} `xml:"numFmts"`
	CellXfs *struct {
		Xf []struct {
			NumFmtID *int `xml:"numFmtId,attr"`
		} `xml:"xf"`
	} `xml:"cellXfs"`
}

// agrees reports whether excelize, having read the workbook, sees the same
// sheets as meta.
func (m *bookMeta) agrees(f *excelize.File) bool {
	list := f.GetSheetList()
	if len(list) != len(m.sheets) {
		return false
	}
	for i, s := range m.sheets {
		if list[i] != s.name {
			return false
		}
		if v, err := f.GetSheetVisible(s.name); err != nil || v != s.visible {
			return false
		}
		if s.visible {
			rows, err := f.Rows(s.name)
			if err != nil {
				return false
			}
			rows.Close()
		}
	}
	return true
}

// seenKey marks in the memo a workbook key excelize read once without
// error. The verdict is worked out the second time: a run whose workbooks
// are all different pays only for their keys.
type seenKey bookKey

// remember keeps excelize's verdict on a workbook it read without error.
func (pk *fastPackage) remember(f *excelize.File, memo *sources.Memo) {
	if pk == nil || memo == nil {
		return
	}
	if _, ok := memo.Load(pk.key); ok {
		return
	}
	if _, seen := memo.Load(seenKey(pk.key)); !seen {
		memo.Store(seenKey(pk.key), true)
		return
	}
	if meta, ok := pk.readMeta(); ok && meta.agrees(f) {
		for i := range meta.sheets {
			meta.sheets[i].name = strings.Clone(meta.sheets[i].name)
			meta.sheets[i].path = strings.Clone(meta.sheets[i].path)
		}
		memo.Store(pk.key, meta)
	}
}

// fastBook reads the sheets of a workbook excelize has vouched for.
type fastBook struct {
	pk   *fastPackage
	meta *bookMeta
	sst  sharedStrings
	read bool // sst was read
}

func (b *fastBook) sheetList() []string {
	list := make([]string, len(b.meta.sheets))
	for i, s := range b.meta.sheets {
		list[i] = s.name
	}
	return list
}

func (b *fastBook) visible(i int) bool { return b.meta.sheets[i].visible }

// readSheet streams sheet i through the extractor.
func (b *fastBook) readSheet(ctx context.Context, x *extractor, i int) (int, error) {
	if !b.read {
		sst, ok := parseSST(b.pk.parts["xl/sharedStrings.xml"])
		if !ok {
			return 0, errFallback
		}
		b.sst, b.read = sst, true
	}
	s := b.meta.sheets[i]
	part := b.pk.parts[s.path]
	sc := &sheetScanner{xs: xmlScanner{b: part}, sst: b.sst, styles: b.meta.styles}
	x.rowsHint = bytes.Count(part, []byte("<row")) // a <row> per row, <rowBreaks> aside
	x.figsHint = bytes.Count(part, []byte("<c "))  // a figure per cell at most
	err := x.readSheet(ctx, s.name, sc.next)
	if sc.fail {
		return 0, errFallback
	}
	return sc.row, err
}

// sheetScanner yields the rows of a worksheet's XML as excelize's Rows
// iterator and Columns give them (rows.go): a cell's text at its column,
// empty strings before it, nothing after the last non-empty cell. Rows
// without cells and missing rows are not yielded: the extractor skips blank
// rows, and row numbers come from the XML. fail is set (and errFallback
// returned) on anything it does not handle exactly as excelize does.
type sheetScanner struct {
	xs     xmlScanner
	sst    sharedStrings
	styles []styleKind // bookMeta.styles
	row    int         // the number of the last row yielded
	width  int         // cells in the last row, to size the next
	fail   bool
	done   bool
	is     []byte // scratch for inline strings
}

func (sc *sheetScanner) abort() (rowData, bool, error) {
	sc.fail = true
	return rowData{num: sc.row}, false, errFallback
}

func (sc *sheetScanner) next() (rowData, bool, error) {
	if sc.fail {
		return sc.abort()
	}
	if sc.done {
		return rowData{num: sc.row}, false, nil
	}
	for {
		t, ok := sc.xs.next()
		if !ok {
			return sc.abort()
		}
		switch t.kind {
		case tokEOF:
			return sc.abort() // no </sheetData>: truncated
		case tokEnd:
			if string(t.name) == "sheetData" {
				sc.done = true
				return rowData{num: sc.row}, false, nil
			}
		case tokStart:
			switch string(t.name) {
			case "row":
				return sc.readRow(t)
			case "c", "v", "is", "f":
				return sc.abort()
			}
		}
	}
}

// readRow reads the cells of the row that t opens.
func (sc *sheetScanner) readRow(t token) (rowData, bool, error) {
	var rv []byte
	ok := eachAttr(t.attrs, func(name, val []byte) bool {
		switch {
		case prefixedAs(name, "r"):
			return false
		case string(name) == "r":
			if rv != nil {
				return false
			}
			rv = val
		}
		return true
	})
	n, isNum := plainInt(rv)
	if !ok || !isNum || n <= sc.row || n > excelize.TotalRows {
		return sc.abort()
	}
	sc.row = n
	if t.self {
		return rowData{num: n}, true, nil
	}
	cells := make([]string, 0, sc.width)
	lastCol := 0
	for {
		t, ok := sc.xs.next()
		if !ok {
			return sc.abort()
		}
		switch t.kind {
		case tokEOF:
			return sc.abort()
		case tokEnd: // </row>: other end tags close elements the scanner refused
			sc.width = len(cells)
			return rowData{num: n, cells: cells}, true, nil
		case tokStart:
			if string(t.name) != "c" {
				return sc.abort()
			}
			col, val, ok := sc.readCell(t)
			if !ok || col <= lastCol {
				return sc.abort()
			}
			lastCol = col
			if val != "" {
				for len(cells) < col-1 {
					cells = append(cells, "")
				}
				cells = append(cells, val)
			}
		}
	}
}

// readCell reads the cell that t opens: its column (1-based) and its text
// as excelize's getValueFrom gives it for an unstyled cell (cell.go).
func (sc *sheetScanner) readCell(t token) (col int, val string, ok bool) {
	var r, s, typ []byte
	var seenR, seenS, seenT bool
	ok = eachAttr(t.attrs, func(name, v []byte) bool {
		switch {
		case prefixedAs(name, "r"), prefixedAs(name, "s"), prefixedAs(name, "t"):
			return false
		case string(name) == "r" && !seenR:
			r, seenR = v, true
		case string(name) == "s" && !seenS:
			s, seenS = v, true
		case string(name) == "t" && !seenT:
			typ, seenT = v, true
		case string(name) == "r", string(name) == "s", string(name) == "t":
			return false
		}
		return true
	})
	general := false
	if seenS && string(s) != "0" {
		k, err := strconv.ParseInt(string(s), 10, 64)
		switch {
		case err != nil:
			return 0, "", false
		case sc.styles == nil, k < 0, k >= int64(len(sc.styles)):
			// excelize keeps the value as it is
		case sc.styles[k] == styleGeneral:
			general = true
		default:
			return 0, "", false // a number format: left to excelize
		}
	}
	if !ok {
		return 0, "", false
	}
	if col, ok = cellColumn(r); !ok {
		return 0, "", false
	}
	var v string
	var inline string
	hasV, hasIS := false, false
	if !t.self {
		for done := false; !done; {
			c, ok := sc.xs.next()
			if !ok {
				return 0, "", false
			}
			switch c.kind {
			case tokEOF:
				return 0, "", false
			case tokEnd:
				done = true // </c>
			case tokStart:
				switch {
				case string(c.name) == "v" && !hasV:
					if v, ok = sc.xs.textOnly(c); !ok {
						return 0, "", false
					}
					hasV = true
				case string(c.name) == "is" && !hasIS:
					if inline, ok = sc.xs.richText(c, &sc.is); !ok || strings.Contains(inline, "_x") {
						return 0, "", false
					}
					hasIS = true
				default:
					return 0, "", false // a formula, a second value, an extension
				}
			}
		}
	}
	switch string(typ) {
	case "s":
		if v == "" {
			return col, "", true
		}
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(sc.sst.s) || sc.sst.escaped[i] {
			return 0, "", false
		}
		return col, sc.sst.s[i], true
	case "str":
		return col, v, true
	case "inlineStr":
		if hasIS {
			return col, inline, true
		}
		return col, v, true
	case "", "n":
		if general {
			return col, generalFormat(cellDefault(v)), true
		}
		return col, cellDefault(v), true
	}
	return 0, "", false // booleans, errors, dates: left to excelize
}

// prefixedAs reports whether an attribute name has a prefix and the local
// name local ("x:r", "xmlns:r"): excelize matches attributes by local name.
func prefixedAs(name []byte, local string) bool {
	i := bytes.LastIndexByte(name, ':')
	return i >= 0 && string(name[i+1:]) == local
}

// cellDefault is excelize's getCellDefault (cell.go) for a number cell: the
// stored text re-formatted through float64, to 15 significant digits when
// longer.
func cellDefault(v string) string {
	if strings.Contains(v, "_") {
		return v
	}
	flt, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	var buf [32]byte
	f := strconv.AppendFloat(buf[:0], flt, 'f', -1, 64)
	if prec := len(f) - bytes.Count(f, []byte(".")); prec > 15 && !isNumWithinPrecision(v) {
		return strconv.FormatFloat(flt, 'G', 15, 64)
	}
	if string(f) == v {
		return v
	}
	return string(f)
}

// generalFormat is excelize's "General" number format (numfmt.go format
// and positiveHandler) applied to a number cell's value: a number of more
// than 11 characters (sign included, point excluded) is shortened to 10
// significant digits; anything else stays as it is. Text cells keep their
// text under General: it has no text section.
func generalFormat(v string) string {
	if strings.Contains(v, "_") {
		return v
	}
	flt, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	var buf [32]byte
	f := strconv.AppendFloat(buf[:0], flt, 'f', -1, 64)
	if len(f)-bytes.Count(f, []byte(".")) > 11 {
		return strconv.FormatFloat(flt, 'G', 10, 64)
	}
	return v
}

// isNumWithinPrecision is excelize's test for integers zero-filled after
// Excel's 15 significant digits.
func isNumWithinPrecision(s string) bool {
	if strings.ContainsAny(s, ".Ee") {
		return false
	}
	s = strings.TrimLeft(s, "+-0")
	return len(strings.TrimRight(s, "0")) <= 15
}

// cellColumn reads the column of a plain cell reference ("B7": 2); only
// upper-case letters then a row number without leading zeros are taken.
func cellColumn(r []byte) (int, bool) {
	i, col := 0, 0
	for i < len(r) && r[i] >= 'A' && r[i] <= 'Z' {
		col = col*26 + int(r[i]-'A'+1)
		i++
		if col > excelize.MaxColumns {
			return 0, false
		}
	}
	if i == 0 {
		return 0, false
	}
	row, ok := plainInt(r[i:])
	if !ok || row < 1 || row > excelize.TotalRows {
		return 0, false
	}
	return col, true
}

// plainInt reads a positive decimal number without sign or leading zeros.
func plainInt(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 || b[0] == '0' {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// mainNS is the namespace excelize expects of the shared strings' root
// (after it maps strict OOXML's to it).
var mainNS = map[string]bool{
	"http://schemas.openxmlformats.org/spreadsheetml/2006/main": true,
	"http://purl.oclc.org/ooxml/spreadsheetml/main":             true,
}

// sharedStrings are the texts of a workbook's shared strings. escaped
// marks those holding an _xHHHH_ escape, which excelize decodes: a cell
// showing one is left to it.
type sharedStrings struct {
	s       []string
	escaped []bool
}

// parseSST reads the shared strings as excelize's xlsxSI.String gives them;
// an absent or empty part has none.
func parseSST(b []byte) (sharedStrings, bool) {
	var out sharedStrings
	if len(b) == 0 {
		return out, true
	}
	xs := xmlScanner{b: b}
	var root token
	for {
		t, ok := xs.next()
		if !ok {
			return out, false
		}
		if t.kind == tokText {
			if len(bytes.TrimSpace(t.text)) != 0 {
				return out, false
			}
			continue
		}
		if t.kind != tokStart || string(t.name) != "sst" {
			return out, false
		}
		root = t
		break
	}
	ns := ""
	if !eachAttr(root.attrs, func(name, v []byte) bool {
		switch string(name) {
		case "xmlns":
			ns = string(v)
		case "count", "uniqueCount": // ints in excelize's xlsxSST: a bad one fails its decoding
			if t := strings.TrimSpace(string(v)); t != "" {
				if _, err := strconv.ParseInt(t, 10, 64); err != nil {
					return false
				}
			}
		}
		return true
	}) || !mainNS[ns] {
		return out, false
	}
	if root.self {
		return out, true
	}
	var scratch []byte
	for {
		t, ok := xs.next()
		if !ok {
			return out, false
		}
		switch t.kind {
		case tokEOF:
			return out, false
		case tokEnd:
			return out, true // </sst>
		case tokStart:
			if string(t.name) != "si" {
				return out, false
			}
			s, ok := xs.richText(t, &scratch)
			if !ok {
				return out, false
			}
			out.s = append(out.s, s)
			out.escaped = append(out.escaped, strings.Contains(s, "_x"))
		}
	}
}

// richText reads a shared or inline string (<si>, <is>) that t opens: the
// text of its <t>, then of the <t> of each run <r>, as xlsxSI.String gives
// them, before excelize decodes _xHHHH_ escapes (the caller checks for
// those). Run properties and phonetic runs are left to excelize.
func (xs *xmlScanner) richText(t token, scratch *[]byte) (string, bool) {
	if t.self {
		return "", true
	}
	head := ""
	hasHead := false
	runs := (*scratch)[:0]
	defer func() { *scratch = runs[:0] }()
	for {
		c, ok := xs.next()
		if !ok {
			return "", false
		}
		switch c.kind {
		case tokEOF:
			return "", false
		case tokEnd:
			if len(runs) > 0 {
				return head + string(runs), true
			}
			return head, true
		case tokStart:
			switch string(c.name) {
			case "t":
				if hasHead {
					return "", false
				}
				if head, ok = xs.textOnly(c); !ok {
					return "", false
				}
				hasHead = true
			case "r":
				if runs, ok = xs.run(c, runs); !ok {
					return "", false
				}
			default:
				// Run properties and phonetic runs: excelize decodes their
				// typed attributes, which may fail; left to it.
				return "", false
			}
		}
	}
}

// run appends the text of a rich text run <r> that t opens.
func (xs *xmlScanner) run(t token, out []byte) ([]byte, bool) {
	if t.self {
		return out, true
	}
	hasT := false
	for {
		c, ok := xs.next()
		if !ok {
			return out, false
		}
		switch c.kind {
		case tokEOF:
			return out, false
		case tokEnd:
			return out, true
		case tokStart:
			if string(c.name) == "t" {
				if hasT {
					return out, false
				}
				s, ok := xs.textOnly(c)
				if !ok {
					return out, false
				}
				out = append(out, s...)
				hasT = true
			} else {
				return out, false // run properties (typed attributes): left to excelize
			}
		}
	}
}

// textOnly reads the text of an element that t opens and that holds no
// other element.
func (xs *xmlScanner) textOnly(t token) (string, bool) {
	if t.self {
		return "", true
	}
	var text []byte
	n := 0
	for {
		c, ok := xs.next()
		if !ok {
			return "", false
		}
		switch c.kind {
		case tokText:
			text = c.text
			n++
		case tokEnd:
			if n == 0 {
				return "", true
			}
			if n > 1 {
				return "", false
			}
			return decodeXMLText(text)
		default:
			return "", false
		}
	}
}

type tokKind int

const (
	tokEOF tokKind = iota
	tokStart
	tokEnd
	tokText
)

// token is one piece of XML: a start tag (name, raw attributes, self for
// <x/>), an end tag, or raw text. Slices point into the document.
type token struct {
	kind  tokKind
	name  []byte
	attrs []byte
	self  bool
	text  []byte
}

// xmlScanner splits well-formed, plain XML into tokens. It accepts less
// than encoding/xml (no comments, CDATA, DOCTYPE, processing instructions
// but the declaration, carriage returns, other encodings) and refuses, with
// ok false, whatever it does not accept, so that what it reads it reads as
// encoding/xml does. Start and end tags must match.
type xmlScanner struct {
	b     []byte
	p     int
	stack [][]byte
}

func (xs *xmlScanner) next() (token, bool) {
	b, p := xs.b, xs.p
	if p >= len(b) {
		return token{kind: tokEOF}, true
	}
	if b[p] != '<' {
		end := len(b)
		if i := bytes.IndexByte(b[p:], '<'); i >= 0 {
			end = p + i
		}
		xs.p = end
		text := b[p:end]
		if !validXMLText(text) {
			return token{}, false
		}
		if bytes.IndexByte(text, '&') >= 0 {
			if _, ok := decodeXMLText(text); !ok {
				return token{}, false
			}
		}
		return token{kind: tokText, text: text}, true
	}
	if p+1 >= len(b) {
		return token{}, false
	}
	switch b[p+1] {
	case '?':
		if p != 0 {
			return token{}, false
		}
		end := bytes.Index(b, []byte("?>"))
		if end < 0 || !plainDecl(b[2:end]) {
			return token{}, false
		}
		xs.p = end + 2
		return xs.next()
	case '!':
		return token{}, false
	case '/':
		end := bytes.IndexByte(b[p:], '>')
		if end < 0 {
			return token{}, false
		}
		name := bytes.TrimRight(b[p+2:p+end], " \t\n")
		if len(xs.stack) == 0 || !bytes.Equal(xs.stack[len(xs.stack)-1], name) {
			return token{}, false
		}
		xs.stack = xs.stack[:len(xs.stack)-1]
		xs.p = p + end + 1
		return token{kind: tokEnd, name: name}, true
	}
	i := p + 1
	for i < len(b) && isNameByte(b[i], i == p+1) {
		i++
	}
	if i == p+1 || i >= len(b) {
		return token{}, false
	}
	name := b[p+1 : i]
	// The attributes run to the first '>' outside quotes.
	var quote byte
	j := i
	for ; j < len(b); j++ {
		c := b[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '<' {
				return token{}, false
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			goto found
		}
	}
	return token{}, false
found:
	t := token{kind: tokStart, name: name, attrs: b[i:j]}
	if j > i && b[j-1] == '/' {
		t.self, t.attrs = true, b[i:j-1]
	}
	if bytes.IndexByte(name, ':') >= 0 || !eachAttr(t.attrs, func(_, _ []byte) bool { return true }) {
		return token{}, false // a prefixed element (excelize ignores prefixes), a bad attribute
	}
	xs.p = j + 1
	if !t.self {
		xs.stack = append(xs.stack, name)
	}
	return t, true
}

// plainDecl accepts an XML declaration of version 1.0 in UTF-8.
func plainDecl(d []byte) bool {
	if !bytes.HasPrefix(d, []byte("xml")) || len(d) > 3 && !isSpace(d[3]) {
		return false
	}
	ok := true
	if !eachAttr(d[3:], func(name, v []byte) bool {
		switch string(name) {
		case "version":
			ok = ok && string(v) == "1.0"
		case "encoding":
			ok = ok && strings.EqualFold(string(v), "utf-8")
		case "standalone":
		default:
			ok = false
		}
		return true
	}) {
		return false
	}
	return ok
}

// eachAttr calls f with each attribute's name and raw value; it returns
// false when the list is malformed, holds an entity or f returns false.
func eachAttr(a []byte, f func(name, val []byte) bool) bool {
	i := 0
	for {
		start := i
		for i < len(a) && isSpace(a[i]) {
			i++
		}
		if i == len(a) {
			return true
		}
		if i == start {
			return false // attributes run together
		}
		n := i
		for i < len(a) && isNameByte(a[i], i == n) {
			i++
		}
		if i == n {
			return false
		}
		name := a[n:i]
		for i < len(a) && isSpace(a[i]) {
			i++
		}
		if i == len(a) || a[i] != '=' {
			return false
		}
		i++
		for i < len(a) && isSpace(a[i]) {
			i++
		}
		if i == len(a) || (a[i] != '"' && a[i] != '\'') {
			return false
		}
		q := a[i]
		e := bytes.IndexByte(a[i+1:], q)
		if e < 0 {
			return false
		}
		val := a[i+1 : i+1+e]
		if bytes.ContainsAny(val, "&<\r\n\t") || !validXMLText(val) {
			return false // entities and whitespace normalisation: left to encoding/xml
		}
		i += e + 2
		if !f(name, val) {
			return false
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// isNameByte accepts the ASCII letters, digits and marks of XML names.
func isNameByte(c byte, first bool) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == ':':
		return true
	case first:
		return false
	}
	return c >= '0' && c <= '9' || c == '-' || c == '.'
}

// decodeXMLText turns raw element text, checked by validXMLText, into a
// string: the five predefined entities and character references are
// replaced; an unknown entity is refused.
func decodeXMLText(raw []byte) (string, bool) {
	if bytes.IndexByte(raw, '&') < 0 {
		return string(raw), true
	}
	out := make([]byte, 0, len(raw))
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			out = append(out, raw...)
			break
		}
		out = append(out, raw[:i]...)
		raw = raw[i+1:]
		e := bytes.IndexByte(raw, ';')
		if e < 0 {
			return "", false
		}
		ent := raw[:e]
		raw = raw[e+1:]
		switch string(ent) {
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "amp":
			out = append(out, '&')
		case "apos":
			out = append(out, '\'')
		case "quot":
			out = append(out, '"')
		default:
			r, ok := charRef(ent)
			if !ok {
				return "", false
			}
			out = utf8.AppendRune(out, r)
		}
	}
	return string(out), true
}

// charRef reads "#123" or "#x7B" as a character XML allows (no carriage
// return, which encoding/xml keeps but this scanner refuses everywhere).
func charRef(ent []byte) (rune, bool) {
	if len(ent) < 2 || ent[0] != '#' {
		return 0, false
	}
	base, digits := 10, ent[1:]
	if digits[0] == 'x' {
		base, digits = 16, digits[1:]
	}
	if len(digits) == 0 || len(digits) > 8 {
		return 0, false
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || n == '\r' || !xmlChar(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// validXMLText reports whether raw text is UTF-8 of characters XML allows,
// without carriage returns.
func validXMLText(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 || !xmlChar(r) {
			return false
		}
		i += n
	}
	return true
}

// xmlChar is XML 1.0's Char production (encoding/xml isInCharacterRange).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
