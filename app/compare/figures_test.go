package compare

import (
	"testing"

	"slant/app"
	"slant/highlight"
)

// analysed returns a document of text with the detectors' spans.
func analysed(text string) *app.Document {
	return &app.Document{Text: text, Spans: highlight.Analyze(text)}
}

func TestFigureStatuses(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []FigureStatus
	}{
		{"both report",
			"Kerry spoke in Washington. The UN says 40,000 people have fled to the Turkish border.",
			"Some 40,000 people have fled to the Turkish border, the UN says. Kerry spoke in Washington.",
			[]FigureStatus{Agree}},
		{"disagree",
			"Kerry spoke in Washington. The UN says 40,000 people have fled to the Turkish border.",
			"Kerry spoke in Washington. The UN says 70,000 people have fled to the Turkish border.",
			[]FigureStatus{Disagree}},
		{"vague against precise",
			"Kerry spoke in Washington. The UN says tens of thousands of Syrians have fled to the Turkish border.",
			"Kerry spoke in Washington. The UN says 40,000 people have fled to the Turkish border.",
			[]FigureStatus{Vague}},
		{"vague amount of another size",
			"Kerry spoke in Washington. The UN says hundreds of Syrians have fled to the Turkish border.",
			"Kerry spoke in Washington. The UN says 40,000 people have fled to the Turkish border.",
			nil},
		{"different dates are not a disagreement",
			"Kerry spoke in Washington on Feb. 5, 2016 about the talks in Geneva.",
			"Kerry spoke in Washington on May 17, 2016 about the talks in Geneva.",
			nil},
		{"different things counted",
			"At least 8 million people have been displaced in the war so far.",
			"In the last few days nearly 40,000 newly displaced people have gathered at the border.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := analysed(tt.a), analysed(tt.b)
			r := Compare(a, b, Options{Force: true})
			var got []FigureStatus
			for _, m := range r.Figures {
				got = append(got, m.Status)
				fa, fb := r.FiguresA[m.A], r.FiguresB[m.B]
				t.Logf("%s %q %q %.3f", m.Status, a.Text[fa.Start:fa.End], b.Text[fb.Start:fb.End], m.Context)
			}
			if len(got) != len(tt.want) || (len(got) > 0 && got[0] != tt.want[0]) {
				t.Errorf("figure matches %v, want %v (figures A %+v, B %+v)", got, tt.want, r.FiguresA, r.FiguresB)
			}
		})
	}
}
