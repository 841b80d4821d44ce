package compare

import "slant/app"

// The types below are the JSON printed by `slant compare --json`
// (README.md). They repeat the ranges of Result with the text they cover,
// so that a script needs no second look at the files.

// jsonText is a byte range and its text.
type jsonText struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// jsonQuote is a quotation with its speaker.
type jsonQuote struct {
	jsonText
	Speaker string `json:"speaker,omitempty"`
}

// jsonFigure is a figure with its value and the sentence around it.
type jsonFigure struct {
	jsonText
	Value    *float64 `json:"value,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	Sentence string   `json:"sentence"`
}

// jsonPair is a pair of aligned passages.
type jsonPair struct {
	A          jsonText `json:"a"`
	B          jsonText `json:"b"`
	Similarity float64  `json:"similarity"`
	Level      bool     `json:"level"`
}

// jsonQuoteMatch is a quote match; A or B is absent for one-sided quotes.
type jsonQuoteMatch struct {
	Status         QuoteStatus `json:"status"`
	A              *jsonQuote  `json:"a,omitempty"`
	B              *jsonQuote  `json:"b,omitempty"`
	SharedA        *jsonText   `json:"shared_a,omitempty"`
	SharedB        *jsonText   `json:"shared_b,omitempty"`
	Run            int         `json:"run,omitempty"`
	SpeakerDiffers bool        `json:"speaker_differs,omitempty"`
	Summary        string      `json:"summary,omitempty"`
	Diff           []jsonOp    `json:"diff,omitempty"`
}

// jsonOp is one diff step, with the text of each side it touches.
type jsonOp struct {
	Op    Op        `json:"op"`
	Words string    `json:"words"`
	A     *jsonText `json:"a,omitempty"`
	B     *jsonText `json:"b,omitempty"`
}

// jsonFigureMatch is a figure agreement or disagreement.
type jsonFigureMatch struct {
	Status  FigureStatus `json:"status"`
	A       jsonFigure   `json:"a"`
	B       jsonFigure   `json:"b"`
	Context float64      `json:"context"`
}

// jsonParaphrase is a quotation of one document and the sentence of the
// other that says it in the outlet's own voice.
type jsonParaphrase struct {
	QuotedIn    string      `json:"quoted_in"` // "a" or "b"; the sentence is in the other
	Quote       jsonQuote   `json:"quote"`
	Sentence    jsonText    `json:"sentence"`
	Words       []jsonText  `json:"words"`
	Score       float64     `json:"score"`
	Attribution Attribution `json:"attribution"`
	SaidBy      string      `json:"said_by,omitempty"`
	AlsoQuoted  bool        `json:"also_quoted,omitempty"`
}

// jsonResult is the comparison of two documents.
type jsonResult struct {
	Summary
	Pairs       []jsonPair        `json:"pairs"`
	OnlyA       []jsonText        `json:"only_a"`
	OnlyB       []jsonText        `json:"only_b"`
	Quotes      []jsonQuoteMatch  `json:"quotes"`
	Paraphrases []jsonParaphrase  `json:"paraphrases"`
	Figures     []jsonFigureMatch `json:"figures"`
	Voices      Voices            `json:"voices"`
	Loaded      Loaded            `json:"loaded"`
}

// textOf pairs a range with its text.
func textOf(text string, r Range) jsonText {
	return jsonText{r.Start, r.End, text[r.Start:r.End]}
}

// optText is textOf for a range that may be absent (zero).
func optText(text string, r Range) *jsonText {
	if r == (Range{}) {
		return nil
	}
	t := textOf(text, r)
	return &t
}

// resultJSON turns a Result into its JSON form.
func resultJSON(r *Result, a, b *app.Document) jsonResult {
	out := jsonResult{Summary: r.Summary, Voices: r.Voices, Loaded: r.Loaded,
		Pairs: []jsonPair{}, Quotes: []jsonQuoteMatch{}, Paraphrases: []jsonParaphrase{}, Figures: []jsonFigureMatch{}}
	for _, p := range r.Pairs {
		out.Pairs = append(out.Pairs, jsonPair{textOf(a.Text, r.PassagesA[p.A].Range), textOf(b.Text, r.PassagesB[p.B].Range), p.Similarity, p.Level})
	}
	out.OnlyA, out.OnlyB = unpaired(a.Text, r.PassagesA), unpaired(b.Text, r.PassagesB)
	for _, m := range r.Quotes {
		out.Quotes = append(out.Quotes, quoteMatchJSON(r, m, a.Text, b.Text))
	}
	for _, p := range r.Paraphrases {
		out.Paraphrases = append(out.Paraphrases, paraphraseJSON(r, p, a.Text, b.Text))
	}
	for _, m := range r.Figures {
		fa, fb := r.FiguresA[m.A], r.FiguresB[m.B]
		out.Figures = append(out.Figures, jsonFigureMatch{m.Status, figureJSON(a.Text, fa), figureJSON(b.Text, fb), m.Context})
	}
	return out
}

// unpaired lists the passages without a partner.
func unpaired(text string, ps []Passage) []jsonText {
	out := []jsonText{}
	for _, p := range ps {
		if p.Pair < 0 {
			out = append(out, textOf(text, p.Range))
		}
	}
	return out
}

// quoteMatchJSON turns a quote match into its JSON form.
func quoteMatchJSON(r *Result, m QuoteMatch, textA, textB string) jsonQuoteMatch {
	out := jsonQuoteMatch{Status: m.Status, Run: m.Run, SpeakerDiffers: m.SpeakerDiffers, Summary: summary(m.Diff)}
	if m.A >= 0 {
		q := r.QuotesA[m.A]
		out.A = &jsonQuote{textOf(textA, q.Range), q.Speaker}
	}
	if m.B >= 0 {
		q := r.QuotesB[m.B]
		out.B = &jsonQuote{textOf(textB, q.Range), q.Speaker}
	}
	if m.A >= 0 && m.B >= 0 {
		out.SharedA, out.SharedB = optText(textA, m.SharedA), optText(textB, m.SharedB)
	}
	for _, d := range m.Diff {
		out.Diff = append(out.Diff, jsonOp{d.Op, d.Words, optText(textA, d.A), optText(textB, d.B)})
	}
	return out
}

// paraphraseJSON turns a paraphrase link into its JSON form.
func paraphraseJSON(r *Result, p Paraphrase, textA, textB string) jsonParaphrase {
	quoted, other, name := textA, textB, "a"
	if p.Quoted == SideB {
		quoted, other, name = textB, textA, "b"
	}
	q := r.QuoteOf(p)
	out := jsonParaphrase{QuotedIn: name, Quote: jsonQuote{textOf(quoted, q.Range), q.Speaker},
		Sentence: textOf(other, p.Sentence), Words: []jsonText{}, Score: p.Score,
		Attribution: p.Attribution, SaidBy: p.SaidBy, AlsoQuoted: p.AlsoQuoted}
	for _, w := range p.Words {
		out.Words = append(out.Words, textOf(other, w))
	}
	return out
}

// figureJSON turns a figure into its JSON form.
func figureJSON(text string, f Figure) jsonFigure {
	out := jsonFigure{jsonText: textOf(text, f.Range), Unit: f.Unit, Sentence: sentenceText(text, f.Start)}
	if f.HasValue {
		v := f.Value
		out.Value = &v
	}
	return out
}

// sentenceText returns the sentence of text holding offset off.
func sentenceText(text string, off int) string {
	s := sentences(text)
	if len(s) == 0 {
		return ""
	}
	r := s[sentenceAt(s, off)]
	return text[r.Start:r.End]
}

// jsonCell is one document's version of a matrix row's quotation.
type jsonCell struct {
	Status  QuoteStatus `json:"status,omitempty"`
	Speaker string      `json:"speaker,omitempty"`
	Quotes  []jsonText  `json:"quotes"`
}

// jsonRow is one quotation across documents.
type jsonRow struct {
	Doc            int        `json:"doc"`
	Quote          jsonQuote  `json:"quote"`
	SpeakerDiffers bool       `json:"speaker_differs,omitempty"`
	Cells          []jsonCell `json:"cells"`
}

// jsonMatrix is the matrix of three or more documents.
type jsonMatrix struct {
	Docs       []DocInfo   `json:"documents"`
	Similarity [][]float64 `json:"similarity"`
	Rows       []jsonRow   `json:"rows"`
	Single     []int       `json:"single"`
}

// matrixJSON turns a Matrix into its JSON form.
func matrixJSON(m *Matrix, docs []*app.Document) jsonMatrix {
	out := jsonMatrix{Docs: m.Docs, Similarity: m.Similarity, Rows: []jsonRow{}, Single: m.Single}
	for _, row := range m.Rows {
		ref := m.Quotes[row.Doc][row.Quote]
		jr := jsonRow{Doc: row.Doc, Quote: jsonQuote{textOf(docs[row.Doc].Text, ref.Range), ref.Speaker}, SpeakerDiffers: row.SpeakerDiffers}
		for d, c := range row.Cells {
			jc := jsonCell{Status: c.Status, Speaker: c.Speaker, Quotes: []jsonText{}}
			for _, q := range c.Quotes {
				jc.Quotes = append(jc.Quotes, textOf(docs[d].Text, m.Quotes[d][q].Range))
			}
			jr.Cells = append(jr.Cells, jc)
		}
		out.Rows = append(out.Rows, jr)
	}
	return out
}
