package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"figcheck/pipeline"
)

// PastedName is the input name given to an article pasted into the page or
// sent as the "text" field.
const PastedName = "pasted-article.txt"

// checkRequest is what an editor asked to check.
type checkRequest struct {
	Text  string
	Date  time.Time
	Files []upload
	// DateText is the date field as sent, for redisplay in the form.
	DateText string
}

// upload is one attached file, held in memory only.
type upload struct {
	Name string
	Data []byte
}

// requestError is a problem with what the client sent; Status is the HTTP
// status to answer with (400 or 413).
type requestError struct {
	Status int
	Msg    string
}

func (e *requestError) Error() string { return e.Msg }

func badRequest(format string, args ...any) error {
	return &requestError{Status: http.StatusBadRequest, Msg: fmt.Sprintf(format, args...)}
}

// jsonRequest is the body of a JSON POST /api/check.
type jsonRequest struct {
	Text string `json:"text"`
	Date string `json:"date"`
}

// parseCheckRequest reads a multipart form (fields text, date and file,
// repeatable), a URL-encoded form (text, date) or a JSON body {"text","date"}.
// The body must already be limited with http.MaxBytesReader; uploads are read
// into memory and never touch the disk.
func parseCheckRequest(r *http.Request) (checkRequest, error) {
	var req checkRequest
	ct, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return req, badRequest("Content-Type %q: want multipart/form-data, application/x-www-form-urlencoded or application/json", r.Header.Get("Content-Type"))
	}
	switch ct {
	case "application/json":
		var jr jsonRequest
		dec := json.NewDecoder(r.Body)
		if err := dec.Decode(&jr); err != nil {
			return req, bodyError("JSON body", err)
		}
		req.Text, req.DateText = jr.Text, jr.Date
	case "multipart/form-data":
		if params["boundary"] == "" {
			return req, badRequest("multipart body without a boundary")
		}
		if err := readMultipart(r, &req); err != nil {
			return req, err
		}
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return req, bodyError("form", err)
		}
		req.Text, req.DateText = r.PostForm.Get("text"), r.PostForm.Get("date")
	default:
		return req, badRequest("Content-Type %q: want multipart/form-data, application/x-www-form-urlencoded or application/json", ct)
	}
	if !utf8.ValidString(req.Text) {
		return req, badRequest("text: not valid UTF-8")
	}
	req.DateText = strings.TrimSpace(req.DateText)
	if req.DateText != "" {
		d, err := time.Parse("2006-01-02", req.DateText)
		if err != nil {
			return req, badRequest("date %q: want YYYY-MM-DD, for example 2024-05-10", req.DateText)
		}
		req.Date = d
	}
	if strings.TrimSpace(req.Text) == "" && len(req.Files) == 0 {
		return req, badRequest("nothing to check: paste an article or attach a file")
	}
	return req, nil
}

// readMultipart streams the parts of a multipart form into req.
func readMultipart(r *http.Request, req *checkRequest) error {
	mr, err := r.MultipartReader()
	if err != nil {
		return badRequest("multipart body: %v", err)
	}
	names := map[string]bool{PastedName: true}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return bodyError("multipart body", err)
		}
		field := part.FormName()
		data, err := io.ReadAll(part)
		part.Close()
		if err != nil {
			return bodyError("field "+field, err)
		}
		switch field {
		case "text":
			req.Text = string(data)
		case "date":
			req.DateText = string(data)
		case "file":
			raw := part.FileName()
			if raw == "" && len(data) == 0 {
				continue // the browser sends an empty part when no file was chosen
			}
			name := uploadName(raw, len(req.Files)+1)
			if !pipeline.IsSupported(name) {
				return badRequest("file %q: unsupported type %q (want .txt, .md, .html, .htm, .xlsx or .csv)", name, path.Ext(name))
			}
			name = uniqueName(name, names)
			req.Files = append(req.Files, upload{Name: name, Data: data})
		}
	}
}

// uploadName keeps only the base name of an uploaded file (browsers on
// Windows may send a full path) and drops characters that have no place in a
// report's source column.
func uploadName(raw string, n int) string {
	raw = strings.ReplaceAll(raw, "\\", "/")
	base := path.Base(raw)
	var b strings.Builder
	for _, r := range base {
		if r < 0x20 || r == 0x7f || r == '/' {
			continue
		}
		b.WriteRune(r)
	}
	name := strings.TrimSpace(b.String())
	if name == "" || name == "." || name == ".." {
		return fmt.Sprintf("upload-%d.txt", n)
	}
	return name
}

// uniqueName numbers a repeated file name ("a.txt", "a-2.txt") and records it.
func uniqueName(name string, taken map[string]bool) string {
	out := name
	ext := path.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for i := 2; taken[out]; i++ {
		out = fmt.Sprintf("%s-%d%s", stem, i, ext)
	}
	taken[out] = true
	return out
}

// bodyError turns a read error into a request error, recognising an
// oversized body.
func bodyError(what string, err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &requestError{Status: http.StatusRequestEntityTooLarge,
			Msg: fmt.Sprintf("request is larger than the %s limit", sizeLabel(mbe.Limit))}
	}
	return badRequest("%s: %v", what, err)
}

// sizeLabel renders a byte count for people ("20 MiB").
func sizeLabel(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// inputs turns the request into pipeline inputs: the pasted text first, then
// the uploads in the order sent.
func (req checkRequest) inputs() []pipeline.Input {
	var out []pipeline.Input
	if strings.TrimSpace(req.Text) != "" {
		out = append(out, pipeline.BytesInput(PastedName, []byte(req.Text)))
	}
	for _, u := range req.Files {
		out = append(out, pipeline.BytesInput(u.Name, u.Data))
	}
	return out
}
