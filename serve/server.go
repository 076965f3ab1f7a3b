// Package serve is figcheck's editor page: an HTTP server where an editor
// pastes an article (or drops files), sets the publication date and sees
// every figure highlighted by verdict, with how it was read and the findings
// it is part of, plus POST /api/check returning the DESIGN §3 JSON. It runs
// the same pipeline as the command line, against the newsroom's reference
// sheets, which it re-reads whenever their files change. Assets are embedded:
// no CDN and no front-end build step.
package serve

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"figcheck/pipeline"
	"figcheck/reports"
)

//go:embed assets
var assets embed.FS

// Defaults for Config's zero values.
const (
	DefaultAddr         = "127.0.0.1:8080"
	DefaultMaxBody      = 20 << 20
	DefaultCheckTimeout = 60 * time.Second
	DefaultKeepRuns     = 20
	DefaultConcurrency  = 2
)

// Config configures a Server. Zero values are the defaults above.
type Config struct {
	// SourceDirs are the newsroom's reference-sheet folders (--sources).
	SourceDirs []string
	// Pipeline is the template of every run: rules, glossary, widening,
	// version, logger. Its Inputs and Date are replaced per request.
	Pipeline pipeline.Config
	// MaxBody limits a request body in bytes (uploads included).
	MaxBody int64
	// CheckTimeout stops a check that runs longer.
	CheckTimeout time.Duration
	// KeepRuns is how many recent runs (pages and Excel reports) are kept in memory.
	KeepRuns int
	// Concurrency is how many checks may run at once; others wait.
	Concurrency int
	// AllowedHosts, when set, refuses requests whose Host header names
	// another host (ports are ignored). A loopback server sets it to its
	// loopback names so that a web page elsewhere cannot reach it through
	// DNS rebinding.
	AllowedHosts []string
	// Now gives today's date for the form (nil: time.Now).
	Now func() time.Time
}

// Server serves the editor's page and the check API.
type Server struct {
	cfg   Config
	log   zerolog.Logger
	lib   *library
	runs  *runStore
	slots chan struct{}
	tmpl  *template.Template
	run   func(context.Context, pipeline.Config) (*pipeline.Result, error)
}

// New checks the configuration (the source folders must exist; rule,
// glossary and rate files must load) and builds a Server.
func New(cfg Config) (*Server, error) {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.CheckTimeout <= 0 {
		cfg.CheckTimeout = DefaultCheckTimeout
	}
	if cfg.KeepRuns <= 0 {
		cfg.KeepRuns = DefaultKeepRuns
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	lib, err := newLibrary(cfg.SourceDirs)
	if err != nil {
		return nil, err
	}
	tmpl, err := template.New("page.html").Funcs(template.FuncMap{
		"sizeLabel": sizeLabel,
		"plural":    plural,
	}).ParseFS(assets, "assets/page.html")
	if err != nil {
		return nil, fmt.Errorf("page template: %w", err)
	}
	// Fail at start-up, not on an editor's first check, when the rule
	// files, glossary or rate sheet are broken: run the pipeline once on no input.
	dry := cfg.Pipeline
	dry.Inputs, dry.Logger = nil, zerolog.Nop()
	if _, err := pipeline.Run(context.Background(), dry); err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	return &Server{
		cfg:   cfg,
		log:   cfg.Pipeline.Logger,
		lib:   lib,
		runs:  newRunStore(cfg.KeepRuns),
		slots: make(chan struct{}, cfg.Concurrency),
		tmpl:  tmpl,
		run:   pipeline.Run,
	}, nil
}

// Handler returns the HTTP handler: the page (GET /, POST /check, GET
// /run/{id}), the Excel download (GET /report/{id}), POST /api/check,
// GET /healthz and the embedded assets under /static/.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "assets")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.HandleFunc("GET /{$}", s.handleIndex)
	mux.HandleFunc("POST /check", s.handleCheckForm)
	mux.HandleFunc("GET /run/{id}", s.handleRun)
	mux.HandleFunc("GET /report/{id}", s.handleReport)
	mux.HandleFunc("POST /api/check", s.handleAPICheck)
	return s.guard(mux)
}

// Serve answers on ln until ctx ends, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      s.cfg.CheckTimeout + time.Minute,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}

// guard adds the security headers to every answer and refuses foreign hosts.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		if len(s.cfg.AllowedHosts) > 0 && !hostAllowed(r.Host, s.cfg.AllowedHosts) {
			http.Error(w, "figcheck serve: unexpected Host header "+fmt.Sprintf("%q", r.Host), http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func hostAllowed(host string, allowed []string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	for _, a := range allowed {
		if strings.EqualFold(strings.Trim(a, "[]"), host) {
			return true
		}
	}
	return false
}

// LoopbackHosts returns the Host names a loopback-only server accepts.
func LoopbackHosts() []string { return []string{"localhost", "127.0.0.1", "::1"} }

// IsLoopback reports whether addr (host:port) binds to loopback only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}

// pageData is what the page template renders.
type pageData struct {
	Version  string
	Text     string
	Date     string
	Error    string
	MaxBody  int64
	Dirs     []string
	Sheets   []SheetInfo
	SheetErr string
	Result   *resultView
}

func (s *Server) page() pageData {
	return pageData{Version: s.cfg.Pipeline.Version, Date: s.cfg.Now().Format("2006-01-02"),
		MaxBody: s.cfg.MaxBody, Dirs: s.cfg.SourceDirs}
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	pd := s.page()
	_, infos, _, err := s.lib.snapshot()
	pd.Sheets = infos
	if err != nil {
		pd.SheetErr = err.Error()
	}
	s.render(w, http.StatusOK, pd)
}

func (s *Server) handleRun(w http.ResponseWriter, r *http.Request) {
	rn, ok := s.runs.get(r.PathValue("id"))
	if !ok {
		pd := s.page()
		pd.Error = fmt.Sprintf("This check is no longer kept (the server keeps the last %d); paste the article and check it again.", s.cfg.KeepRuns)
		s.render(w, http.StatusNotFound, pd)
		return
	}
	pd := s.page()
	pd.Text, pd.Date, pd.Sheets = rn.Text, rn.Date, rn.Sheets
	pd.Result = buildView(rn.ID, rn.Result, rn.originals)
	s.render(w, http.StatusOK, pd)
}

// handleCheckForm runs a check from the page's form and redirects to its
// result, so that reloading the result page does not run it again.
func (s *Server) handleCheckForm(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	req, err := parseCheckRequest(r)
	if err == nil {
		var rn *run
		if rn, err = s.check(r.Context(), req); err == nil {
			http.Redirect(w, r, "/run/"+rn.ID, http.StatusSeeOther)
			return
		}
	}
	// Show the form again with what the editor sent and what went wrong.
	pd := s.page()
	pd.Text, pd.Error = req.Text, err.Error()
	if req.DateText != "" {
		pd.Date = req.DateText
	}
	var sheetErr error
	_, pd.Sheets, _, sheetErr = s.lib.snapshot()
	if sheetErr != nil {
		pd.SheetErr = sheetErr.Error()
	}
	s.render(w, statusOf(err), pd)
}

// handleAPICheck answers POST /api/check with the DESIGN §3 JSON. The run's
// Excel report can be fetched from the URL in the X-Figcheck-Report header.
func (s *Server) handleAPICheck(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	req, err := parseCheckRequest(r)
	if err != nil {
		writeJSONError(w, statusOf(err), err)
		return
	}
	rn, err := s.check(r.Context(), req)
	if err != nil {
		writeJSONError(w, statusOf(err), err)
		return
	}
	var buf bytes.Buffer
	if err := reports.WriteJSON(&buf, rn.Result); err != nil {
		writeJSONError(w, http.StatusInternalServerError, fmt.Errorf("write JSON: %w", err))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Figcheck-Report", "/report/"+rn.ID)
	w.Write(buf.Bytes())
}

func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	rn, ok := s.runs.get(r.PathValue("id"))
	if !ok {
		http.Error(w, fmt.Sprintf("this report is no longer kept (the server keeps the last %d runs); run the check again", s.cfg.KeepRuns), http.StatusNotFound)
		return
	}
	data, err := rn.report()
	if err != nil {
		s.log.Error().Err(err).Str("run", rn.ID).Msg("excel report")
		http.Error(w, "could not write the Excel report: "+err.Error(), http.StatusInternalServerError)
		return
	}
	name := "figcheck-report-" + rn.Created.Format("20060102-150405") + ".xlsx"
	w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	http.ServeContent(w, r, name, rn.Created, bytes.NewReader(data))
}

// errBusy and errTimeout are answered with 503.
var (
	errBusy    = errors.New("the server is busy with other checks; try again in a moment")
	errTimeout = errors.New("the check took too long and was stopped")
)

// check runs the pipeline on the request plus the current reference sheets
// and keeps the run.
func (s *Server) check(ctx context.Context, req checkRequest) (*run, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.CheckTimeout)
	defer cancel()
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-ctx.Done():
		return nil, errBusy
	}
	sheets, infos, changed, err := s.lib.snapshot()
	if err != nil {
		return nil, err
	}
	if changed {
		s.log.Info().Int("files", len(infos)).Msg("reference sheets (re)loaded")
	}
	cfg := s.cfg.Pipeline
	cfg.Inputs = append(req.inputs(), sheets...)
	cfg.Date = req.Date
	cfg.Progress = nil
	cfg.KeepText = true // the page shows each article with its figures marked
	start := time.Now()
	res, err := s.run(ctx, cfg)
	if err != nil {
		if errors.Is(err, pipeline.ErrInterrupted) || ctx.Err() != nil {
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, fmt.Errorf("%w (limit %s)", errTimeout, s.cfg.CheckTimeout)
			}
			return nil, fmt.Errorf("check interrupted: %w", ctx.Err())
		}
		return nil, fmt.Errorf("check: %w", err)
	}
	rn := &run{Created: time.Now(), Text: req.Text, Date: req.DateText, Result: res, Sheets: infos,
		originals: map[string]string{}}
	if strings.TrimSpace(req.Text) != "" {
		rn.originals[PastedName] = req.Text
	}
	for _, u := range req.Files {
		if isTextArticle(u.Name) {
			rn.originals[u.Name] = string(u.Data)
		}
	}
	s.runs.add(rn)
	s.log.Info().Str("run", rn.ID).Int("inputs", len(cfg.Inputs)).Int("figures", len(res.Figures)).
		Int("findings", len(res.Findings)).Dur("took", time.Since(start)).Msg("check")
	return rn, nil
}

// statusOf maps an error to its HTTP status.
func statusOf(err error) int {
	var re *requestError
	switch {
	case errors.As(err, &re):
		return re.Status
	case errors.Is(err, errBusy), errors.Is(err, errTimeout):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

func writeJSONError(w http.ResponseWriter, status int, err error) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	w.Write(append(b, '\n'))
}

func (s *Server) render(w http.ResponseWriter, status int, pd pageData) {
	var buf bytes.Buffer
	if err := s.tmpl.Execute(&buf, pd); err != nil {
		s.log.Error().Err(err).Msg("render page")
		http.Error(w, "could not render the page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
