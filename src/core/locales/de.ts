import { defaultPack } from '../default-pack.js';
import { registerUiStrings, type UiTable } from '../i18n.js';
import { addPackLanguage, type PackTranslation } from '../locale.js';

/**
 * German (`de`, every region: `de-AT`, `de-CH`…): the interface text and the default pack's
 * wording, in the formal register (`Sie`). Loaded by the elements when their language
 * resolves to German; `import 'myocheck/locales/de.js'` adds it up front. Same keys, in the
 * same order, as `es.ts`. A draft until a medical translator has reviewed it.
 */
export const deUi: UiTable = {
  yes: 'Ja',
  no: 'Nein',
  severityNone: 'Keine',
  severityMild: 'Leicht',
  severityModerate: 'Mittel',
  severitySevere: 'Stark',
  sectionSymptoms: 'Was davon haben Sie bemerkt?',
  sectionSymptomsHint: 'Kreuzen Sie an, was zutrifft. Sie können jede Frage überspringen.',
  sectionSymptomsSeverityHint:
    'Wählen Sie, wie stark es jeweils ist. Sie können jede Frage überspringen.',
  sectionDuration: 'Wie lange',
  sectionImpact: 'Wie es Sie beeinträchtigt',
  sectionSafety: 'Weitere Anzeichen',
  noneOfThese: 'Nichts davon',
  checklistHeading: 'Ihre Beschwerden',
  skipHint: 'Sie können jede Frage überspringen.',
  clearAnswers: 'Meine Antworten löschen',
  clearChoice: 'Diese Antwort löschen',
  storedSession: 'Ihre Antworten bleiben in diesem Browser-Tab, bis Sie ihn schließen.',
  storedLocal: 'Ihre Antworten werden auf diesem Gerät gespeichert, bis Sie sie löschen.',
  requiredChecklist: 'Bitte beantworten Sie mindestens eine Frage.',
  requiredAreas: 'Bitte wählen Sie mindestens einen Bereich.',
  bodyMapHeading: 'Wo haben Sie Schmerzen?',
  bodyMapHint: 'Wählen Sie alle Bereiche, in denen Sie Schmerzen hatten.',
  front: 'Vorne',
  back: 'Hinten',
  frontNote: 'Ansicht von vorne: Ihre linke Seite ist rechts im Bild.',
  backNote: 'Ansicht von hinten: Ihre linke Seite ist links im Bild.',
  yourLeft: 'Ihre linke Seite',
  yourRight: 'Ihre rechte Seite',
  showList: 'Als Liste zeigen',
  showMap: 'Körperbild zeigen',
  clearAreas: 'Alle Bereiche löschen',
  areasCount: { one: '# von {total} Bereichen', other: '# von {total} Bereichen' },
  areasSelectedNone: 'Keine Bereiche gewählt',
  manyAreas: 'Schmerzen in vielen Bereichen',
  ctaDefault: 'Arztpraxis finden',
  emergencyCall: 'Rufen Sie {number} an',
  emergencyOrGo: 'oder gehen Sie in die nächste Notaufnahme',
  emergencyNow:
    'Rufen Sie jetzt Ihre örtliche Notrufnummer an oder gehen Sie in die nächste Notaufnahme.',
  sources: 'Quellen',
  stepOf: 'Schritt {current} von {total}',
  next: 'Weiter',
  previous: 'Zurück',
  seeResult: 'Mein Ergebnis zeigen',
  startAgain: 'Neu beginnen',
  stepSafety: 'Warnzeichen',
  stepSymptoms: 'Beschwerden',
  stepAreas: 'Wo es wehtut',
  stepImpact: 'Wie lange und wie es Sie beeinträchtigt',
  stepResult: 'Ihr Ergebnis',
  summaryHeading: 'Zusammenfassung für Ihren Arztbesuch',
  summaryDate: 'Datum',
  dateLong: '{day}. {month} {year}',
  monthNames: 'Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember',
  summarySymptoms: 'Beschwerden',
  summaryAreas: 'Schmerzende Bereiche',
  summaryDuration: 'Wie lange',
  summaryImpact: 'Auswirkungen',
  summarySafety: 'Weitere Anzeichen',
  notAnswered: 'Nicht beantwortet',
  noneReported: 'Keine angegeben',
  noneChosen: 'Nichts davon',
  unanswered: 'Noch nicht beantwortet: {list}.',
  print: 'Drucken',
  copyText: 'Als Text kopieren',
  copied: 'In die Zwischenablage kopiert',
  copyFailed: 'Kopieren hat nicht geklappt. Markieren Sie den Text und kopieren Sie ihn selbst.',
  downloadJson: 'JSON herunterladen',
  downloadFhir: 'FHIR herunterladen',
  selfCheckHeading: 'Selbsttest Muskelschmerzen',
  progressLabel: 'Fortschritt',
  summaryResult: 'Ergebnis',
  summaryText: 'Zusammenfassung als Text',
  moreOptions: 'Weitere Optionen',
  answersCleared: 'Ihre Antworten wurden gelöscht.',
  undoClear: 'Meine Antworten wiederherstellen',
};

/** The default pack in German, keyed by where each text sits in the pack. */
export const dePack: PackTranslation = {
  title: 'Selbsttest Muskelschmerzen',
  disclaimer: 'Dieser Selbsttest dient nur zur Information. Er stellt keine Diagnose.',
  'q.widespread-pain.label': 'Ausgedehnte Muskelschmerzen',
  'q.widespread-pain.description':
    'Tiefe, anhaltende Muskelschmerzen, die von einem Bereich zum anderen wandern können. Sie können stechend, dumpf oder pochend sein. Oft sind sie am Morgen oder nach Bewegung schlimmer.',
  'q.fatigue.label': 'Erschöpfung und wenig Energie',
  'q.fatigue.description':
    'Sich körperlich, geistig oder seelisch erschöpft fühlen, auch nach einer ganzen Nacht Schlaf.',
  'q.stiffness.label': 'Steifheit und druckempfindliche Stellen',
  'q.stiffness.description':
    'Steife oder verhärtete Muskeln, vor allem an Nacken, Schultern und unterem Rücken. Manche Stellen tun bei Berührung sehr weh.',
  'q.sleep-problems.label': 'Schlafstörungen',
  'q.sleep-problems.description':
    'Unruhiger Schlaf, häufiges Aufwachen oder Mühe beim Einschlafen.',
  'q.brain-fog.label': 'Gehirnnebel',
  'q.brain-fog.description':
    'Probleme mit Gedächtnis oder Konzentration oder Mühe, klar zu denken. Es kann sich wie „Nebel im Kopf“ anfühlen.',
  'q.mood-changes.label': 'Stimmungsschwankungen',
  'q.mood-changes.description':
    'Angst, schnelle Gereiztheit oder gedrückte Stimmung, die mit lang anhaltenden Schmerzen einhergehen können.',
  'q.pain-areas.label': 'Wo haben Sie Schmerzen?',
  'q.pain-areas.description': 'Wählen Sie alle Bereiche, in denen Sie Schmerzen hatten.',
  'q.duration.label': 'Wie lange haben Sie diese Schmerzen schon?',
  'q.duration.short': 'Dauer',
  'q.sleep-impact.short': 'Schlaf',
  'q.daily-tasks-impact.short': 'tägliche Aufgaben',
  'q.red-flags.short': 'Warnzeichen',
  'q.medication-start.short': 'Medikament',
  'q.duration.o.under-1-month': 'Weniger als 1 Monat',
  'q.duration.o.1-to-3-months': '1 bis 3 Monate',
  'q.duration.o.3-to-6-months': 'Mehr als 3 Monate, bis zu 6',
  'q.duration.o.6-to-12-months': '6 bis 12 Monate',
  'q.duration.o.over-12-months': 'Mehr als 12 Monate',
  'q.sleep-impact.label': 'Stören die Schmerzen Ihren Schlaf?',
  'q.daily-tasks-impact.label': 'Hindern sie Sie an Ihren täglichen Aufgaben?',
  'q.red-flags.label': 'Haben Sie außer den Muskelschmerzen eines dieser Anzeichen?',
  'q.red-flags.o.breathing-dizziness': 'Atemnot oder Schwindel',
  'q.red-flags.o.extreme-weakness': 'Extreme Muskelschwäche',
  'q.red-flags.o.fever-stiff-neck': 'Hohes Fieber und steifer Nacken',
  'q.medication-start.label':
    'Haben die Schmerzen begonnen, nachdem Sie ein Medikament neu genommen oder eine höhere Dosis davon genommen haben? Zum Beispiel ein Statin (ein Mittel gegen hohes Cholesterin).',
  'region.left-upper': 'Obere Körperhälfte links',
  'region.right-upper': 'Obere Körperhälfte rechts',
  'region.left-lower': 'Untere Körperhälfte links',
  'region.right-lower': 'Untere Körperhälfte rechts',
  'region.axial': 'Hals, Rücken und Rumpf',
  'area.jaw-left': 'Linker Kiefer',
  'area.jaw-right': 'Rechter Kiefer',
  'area.shoulder-left': 'Linke Schulter',
  'area.shoulder-right': 'Rechte Schulter',
  'area.upper-arm-left': 'Linker Oberarm',
  'area.upper-arm-right': 'Rechter Oberarm',
  'area.lower-arm-left': 'Linker Unterarm',
  'area.lower-arm-right': 'Rechter Unterarm',
  'area.hip-left': 'Linke Hüfte',
  'area.hip-right': 'Rechte Hüfte',
  'area.upper-leg-left': 'Linker Oberschenkel',
  'area.upper-leg-right': 'Rechter Oberschenkel',
  'area.lower-leg-left': 'Linker Unterschenkel',
  'area.lower-leg-right': 'Rechter Unterschenkel',
  'area.neck': 'Hals und Nacken',
  'area.upper-back': 'Oberer Rücken',
  'area.lower-back': 'Unterer Rücken',
  'area.chest': 'Brust',
  'area.abdomen': 'Bauch',
  'rule.self-care': 'Beschwerden oder schmerzende Bereiche, bei denen Selbsthilfe helfen kann',
  'rule.duration': {
    one: 'Schmerzen seit mehr als # Monat',
    other: 'Schmerzen seit mehr als # Monaten',
  },
  'rule.sleep': 'Schmerzen, die Ihren Schlaf stören',
  'rule.daily-tasks': 'Schmerzen, die Sie an täglichen Aufgaben hindern',
  'rule.medication':
    'Schmerzen, die begonnen haben, nachdem Sie ein Medikament oder eine höhere Dosis neu genommen haben',
  'note.chest':
    'Brustschmerzen können andere Ursachen haben. Holen Sie sofort Notfallhilfe, wenn sie plötzlich kommen und nicht weggehen, in den Arm, den Hals, den Kiefer oder den Rücken ausstrahlen oder mit Schwitzen, Übelkeit oder Atemnot einhergehen.',
  'rule.red-flags': 'ein Warnzeichen, das sofort ärztliche Hilfe braucht',
  'rule.red-flags.emergency':
    'ein Warnzeichen, das sofort ärztliche Hilfe braucht: Rufen Sie {emergencyNumber} an',
  'level.self-care.title': 'Selbsthilfe kann helfen',
  'level.self-care.body': {
    one: 'Gehen Sie zum Arzt, wenn Ihre Schmerzen länger als # Monat dauern, Ihren Schlaf stören oder Sie an täglichen Aufgaben hindern.',
    other:
      'Gehen Sie zum Arzt, wenn Ihre Schmerzen länger als # Monate dauern, Ihren Schlaf stören oder Sie an täglichen Aufgaben hindern.',
  },
  'level.see-doctor.title': 'Denken Sie an einen Arztbesuch',
  'level.see-doctor.body':
    'Ihre Antworten enthalten Anzeichen, die man laut dem Artikel mit einem Arzt oder einer Ärztin besprechen sollte:',
  'level.urgent.title': 'Holen Sie jetzt ärztliche Hilfe',
  'level.urgent.body':
    'Sie haben ein Anzeichen angegeben, das rasch ärztliche Hilfe braucht. Warten Sie nicht, bis Sie diesen Selbsttest beendet haben.',
  'selfCare.title': 'Tipps aus dem Artikel für jeden Tag',
  'selfCare.tip.0':
    'Teilen Sie Ihre Kräfte ein: Übernehmen Sie sich an guten Tagen nicht. Ruhe ist so wichtig wie Bewegung.',
  'selfCare.tip.1':
    'Trinken Sie genug: Wenn Sie zu wenig trinken, werden Muskelkrämpfe und Müdigkeit schlimmer.',
  'selfCare.tip.2': 'Nutzen Sie Wärme: Warme Bäder oder Wärmekissen lindern steife Muskeln.',
  'selfCare.tip.3':
    'Schreiben Sie Ihre Beschwerden auf: Ein tägliches Tagebuch über Schmerzen und Aktivitäten hilft Ihnen herauszufinden, was sie auslöst.',
  'selfCare.tip.4':
    'Suchen Sie Unterstützung: Gruppen für Menschen mit lang anhaltenden Schmerzen können helfen, dass Sie sich weniger allein fühlen.',
};

/** Adds German to the interface and the default pack (again is harmless). */
export function addGerman(): void {
  registerUiStrings('de', deUi);
  addPackLanguage(defaultPack, 'de', dePack);
}

addGerman();
