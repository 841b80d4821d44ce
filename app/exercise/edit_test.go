package exercise

import (
	"testing"

	"slant/highlight"
)

func TestPutReplacesOverlappingMarkInOneUndoStep(t *testing.T) {
	ex := fixture(t)
	w := NewWork(ex, "Ana")
	short := markText(t, ex, "has to stop", "quote")
	long := markText(t, ex, `"This has to stop,"`, "quote")
	fig := markText(t, ex, "260,000", "figure")
	for _, m := range []Mark{short, fig, long} {
		if err := w.Put(ex, m); err != nil {
			t.Fatal(err)
		}
	}
	if len(w.Marks) != 2 || IndexOf(w.Marks, long) < 0 || IndexOf(w.Marks, short) >= 0 {
		t.Fatalf("after marking a longer quote over a shorter one: %+v", w.Marks)
	}
	if !w.Undo() || IndexOf(w.Marks, short) < 0 || IndexOf(w.Marks, long) >= 0 {
		t.Errorf("one undo did not bring the shorter quote back: %+v", w.Marks)
	}
	if err := w.Put(ex, Mark{Start: 3, End: 2, Kind: "quote"}); err == nil {
		t.Error("an inverted mark was put")
	}
}

func TestRemoveAndCanUndo(t *testing.T) {
	ex := fixture(t)
	w := NewWork(ex, "Ben")
	if w.CanUndo() {
		t.Error("new work can undo")
	}
	m := markText(t, ex, "100 sorties", "figure")
	_ = w.Put(ex, m)
	if w.Remove(Mark{Start: m.Start, End: m.End, Kind: "quote"}) {
		t.Error("removed a mark of another kind")
	}
	if !w.Remove(m) || len(w.Marks) != 0 || !w.Undo() || len(w.Marks) != 1 {
		t.Errorf("remove then undo: %+v", w.Marks)
	}
}

func TestPutKeyAndSpans(t *testing.T) {
	ex := fixture(t)
	before := len(ex.Articles[0].Key)
	wider := markText(t, ex, "exceeded 100 sorties", "figure")
	if err := ex.PutKey(wider); err != nil {
		t.Fatal(err)
	}
	key := ex.Articles[0].Key
	if len(key) != before || IndexOf(key, wider) < 0 {
		t.Errorf("the wider figure did not replace 100 sorties: %+v", key)
	}
	spans := Spans(key, 0)
	if len(spans) != len(key) || spans[0].Kind != highlight.Figure || spans[0].Start != wider.Start {
		t.Errorf("spans of the key: %+v", spans)
	}
	if len(Spans(key, 1)) != 0 {
		t.Error("spans of an article the key has no marks for")
	}
	if !ex.Asks(highlight.Quote) || ex.Asks(highlight.Actor) {
		t.Errorf("Asks: kinds %v", ex.Kinds)
	}
}
