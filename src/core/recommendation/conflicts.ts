import type { Recommendation } from './types';

/**
 * Where guides composed into one architecture disagree: one guide's answers ruled out an
 * outcome whose service another guide recommends (the database guide ruled out Aurora Global
 * Database for one Region; the disaster-recovery guide's warm standby relies on it). Both
 * answers are stated, not judged: the reader answers the guides alike or records why they
 * differ. Read from the recommendations alone (`ruledOut`, ./build.ts), so adding a guide adds
 * no code here.
 */
export type GuideConflict = {
  /** the guide whose answers ruled the service out, and the guide that recommends it */
  ruledBy: { id: string; title: string };
  recommendedBy: { id: string; title: string };
  service: { id: string; name: string };
  /** the ruled-out outcome's title, and the sentence saying which answer ruled it out */
  outcome: string;
  because: string;
  /** the whole finding as one sentence, for text exports */
  text: string;
};

/** Every conflict between the recommendations of one composed architecture, in guide order; none for one guide. */
export function guideConflicts(recommendations: readonly Recommendation[]): GuideConflict[] {
  const out: GuideConflict[] = [];
  for (const ruler of recommendations) {
    for (const ruled of ruler.ruledOut ?? []) {
      for (const other of recommendations) {
        if (other === ruler || !other.services.some((s) => s.service.id === ruled.service)) continue;
        out.push({
          ruledBy: ruler.guide,
          recommendedBy: other.guide,
          service: { id: ruled.service, name: ruled.name },
          outcome: ruled.outcome,
          because: ruled.because,
          text: `“${other.guide.title}” recommends ${ruled.name}, which “${ruler.guide.title}” ruled out with ${ruled.outcome}. ${ruled.because} Answer the two guides alike, or record why they differ.`,
        });
      }
    }
  }
  return out;
}
