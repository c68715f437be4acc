import { defaultPack } from '../default-pack.js';
import { registerUiStrings, type UiTable } from '../i18n.js';
import { addPackLanguage, type PackTranslation } from '../locale.js';

/**
 * French (`fr`, every region: `fr-CA`, `fr-BE`…): the interface text and the default pack's
 * wording, in the formal register (`vous`). Loaded by the elements when their language
 * resolves to French; `import 'myocheck/locales/fr.js'` adds it up front. Same keys, in the
 * same order, as `es.ts`. A draft until a medical translator has reviewed it.
 */
export const frUi: UiTable = {
  yes: 'Oui',
  no: 'Non',
  severityNone: 'Aucun',
  severityMild: 'Léger',
  severityModerate: 'Modéré',
  severitySevere: 'Sévère',
  sectionSymptoms: 'Lesquels de ces signes avez-vous remarqués ?',
  sectionSymptomsHint:
    'Cochez ceux qui vous concernent. Vous pouvez passer n’importe quelle question.',
  sectionSymptomsSeverityHint:
    'Indiquez la force de chacun. Vous pouvez passer n’importe quelle question.',
  sectionDuration: 'Depuis combien de temps',
  sectionImpact: 'Comment cela vous affecte',
  sectionSafety: 'Autres signes',
  noneOfThese: 'Aucun de ces signes',
  checklistHeading: 'Vos symptômes',
  skipHint: 'Vous pouvez passer n’importe quelle question.',
  clearAnswers: 'Effacer mes réponses',
  clearChoice: 'Effacer cette réponse',
  storedSession: 'Vos réponses sont gardées dans cet onglet jusqu’à ce que vous le fermiez.',
  storedLocal: 'Vos réponses sont enregistrées sur cet appareil jusqu’à ce que vous les effaciez.',
  requiredChecklist: 'Veuillez répondre à au moins une question.',
  requiredAreas: 'Veuillez choisir au moins une zone.',
  bodyMapHeading: 'Où avez-vous mal ?',
  bodyMapHint: 'Choisissez toutes les zones où vous avez eu mal.',
  front: 'Face',
  back: 'Dos',
  frontNote: 'Vue de face : votre côté gauche est à droite de l’image.',
  backNote: 'Vue de dos : votre côté gauche est à gauche de l’image.',
  yourLeft: 'Votre gauche',
  yourRight: 'Votre droite',
  showList: 'Afficher en liste',
  showMap: 'Afficher le schéma du corps',
  clearAreas: 'Effacer toutes les zones',
  areasCount: { one: '# zone sur {total}', other: '# zones sur {total}' },
  areasSelectedNone: 'Aucune zone choisie',
  manyAreas: 'Douleur dans de nombreuses zones',
  ctaDefault: 'Trouver un médecin',
  emergencyCall: 'Appelez le {number}',
  emergencyOrGo: 'ou allez aux urgences les plus proches',
  emergencyNow:
    'Appelez maintenant votre numéro d’urgence local ou allez aux urgences les plus proches.',
  sources: 'Sources',
  stepOf: 'Étape {current} sur {total}',
  next: 'Suivant',
  previous: 'Retour',
  seeResult: 'Voir mon résultat',
  startAgain: 'Recommencer',
  stepSafety: 'Signes d’alerte',
  stepSymptoms: 'Symptômes',
  stepAreas: 'Où vous avez mal',
  stepImpact: 'Depuis quand et comment cela vous affecte',
  stepResult: 'Votre résultat',
  summaryHeading: 'Résumé pour votre médecin',
  summaryDate: 'Date',
  dateLong: '{day} {month} {year}',
  monthNames:
    'janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre',
  summarySymptoms: 'Symptômes',
  summaryAreas: 'Zones douloureuses',
  summaryDuration: 'Depuis combien de temps',
  summaryImpact: 'Effets au quotidien',
  summarySafety: 'Autres signes',
  notAnswered: 'Sans réponse',
  noneReported: 'Aucun signalé',
  noneChosen: 'Aucun de ces signes',
  unanswered: 'Questions sans réponse : {list}.',
  print: 'Imprimer',
  copyText: 'Copier en texte',
  copied: 'Copié dans le presse-papiers',
  copyFailed: 'La copie n’a pas marché. Sélectionnez le texte et copiez-le vous-même.',
  downloadJson: 'Télécharger en JSON',
  downloadFhir: 'Télécharger en FHIR',
  selfCheckHeading: 'Auto-évaluation des douleurs musculaires',
  progressLabel: 'Progression',
  summaryResult: 'Résultat',
  summaryText: 'Résumé en texte',
  moreOptions: 'Plus d’options',
  answersCleared: 'Vos réponses ont été effacées.',
  undoClear: 'Récupérer mes réponses',
};

/** The default pack in French, keyed by where each text sits in the pack. */
export const frPack: PackTranslation = {
  title: 'Auto-évaluation des douleurs musculaires',
  disclaimer:
    'Cette auto-évaluation sert uniquement à vous informer. Elle ne permet de diagnostiquer aucune maladie.',
  'q.widespread-pain.label': 'Douleurs musculaires étendues',
  'q.widespread-pain.description':
    'Douleur profonde et durable dans les muscles, qui peut passer d’une zone à l’autre. Elle peut être vive, sourde ou pulsatile. Elle est souvent pire le matin ou après un effort.',
  'q.fatigue.label': 'Fatigue et manque d’énergie',
  'q.fatigue.description':
    'Se sentir épuisé dans son corps, sa tête ou son moral, même après une nuit complète de sommeil.',
  'q.stiffness.label': 'Raideurs et points sensibles',
  'q.stiffness.description':
    'Muscles raides ou noués, surtout dans le cou, les épaules et le bas du dos. Certains points font très mal quand on les touche.',
  'q.sleep-problems.label': 'Troubles du sommeil',
  'q.sleep-problems.description': 'Sommeil agité, réveils fréquents ou difficulté à s’endormir.',
  'q.brain-fog.label': 'Brouillard mental',
  'q.brain-fog.description':
    'Problèmes de mémoire ou de concentration, ou difficulté à penser clairement. Vous pouvez avoir l’impression d’avoir « la tête dans le brouillard ».',
  'q.mood-changes.label': 'Changements d’humeur',
  'q.mood-changes.description':
    'Anxiété, irritabilité ou moral bas, qui peuvent accompagner une douleur de longue durée.',
  'q.pain-areas.label': 'Où avez-vous mal ?',
  'q.pain-areas.description': 'Choisissez toutes les zones où vous avez eu mal.',
  'q.duration.label': 'Depuis combien de temps avez-vous cette douleur ?',
  'q.duration.short': 'durée',
  'q.sleep-impact.short': 'sommeil',
  'q.daily-tasks-impact.short': 'tâches quotidiennes',
  'q.red-flags.short': 'signes d’alerte',
  'q.medication-start.short': 'médicament',
  'q.duration.o.under-1-month': 'Moins de 1 mois',
  'q.duration.o.1-to-3-months': 'De 1 à 3 mois',
  'q.duration.o.3-to-6-months': 'Plus de 3 mois, jusqu’à 6',
  'q.duration.o.6-to-12-months': 'De 6 à 12 mois',
  'q.duration.o.over-12-months': 'Plus de 12 mois',
  'q.sleep-impact.label': 'La douleur perturbe-t-elle votre sommeil ?',
  'q.daily-tasks-impact.label': 'Vous empêche-t-elle de faire vos tâches quotidiennes ?',
  'q.red-flags.label': 'En plus de la douleur musculaire, avez-vous l’un de ces signes ?',
  'q.red-flags.o.breathing-dizziness': 'Difficulté à respirer ou vertiges',
  'q.red-flags.o.extreme-weakness': 'Faiblesse musculaire extrême',
  'q.red-flags.o.fever-stiff-neck': 'Forte fièvre et nuque raide',
  'q.medication-start.label':
    'La douleur a-t-elle commencé après que vous avez pris un nouveau médicament ou une dose plus forte ? Par exemple, une statine (un médicament contre le cholestérol).',
  'region.left-upper': 'Haut du corps, côté gauche',
  'region.right-upper': 'Haut du corps, côté droit',
  'region.left-lower': 'Bas du corps, côté gauche',
  'region.right-lower': 'Bas du corps, côté droit',
  'region.axial': 'Cou, dos et tronc',
  'area.jaw-left': 'Mâchoire gauche',
  'area.jaw-right': 'Mâchoire droite',
  'area.shoulder-left': 'Épaule gauche',
  'area.shoulder-right': 'Épaule droite',
  'area.upper-arm-left': 'Haut du bras gauche',
  'area.upper-arm-right': 'Haut du bras droit',
  'area.lower-arm-left': 'Avant-bras gauche',
  'area.lower-arm-right': 'Avant-bras droit',
  'area.hip-left': 'Hanche gauche',
  'area.hip-right': 'Hanche droite',
  'area.upper-leg-left': 'Cuisse gauche',
  'area.upper-leg-right': 'Cuisse droite',
  'area.lower-leg-left': 'Bas de la jambe gauche',
  'area.lower-leg-right': 'Bas de la jambe droite',
  'area.neck': 'Cou',
  'area.upper-back': 'Haut du dos',
  'area.lower-back': 'Bas du dos',
  'area.chest': 'Poitrine',
  'area.abdomen': 'Ventre',
  'rule.self-care':
    'des symptômes ou des zones douloureuses que des soins simples chez soi peuvent soulager',
  'rule.duration': {
    one: 'une douleur depuis plus de # mois',
    other: 'une douleur depuis plus de # mois',
  },
  'rule.sleep': 'une douleur qui perturbe votre sommeil',
  'rule.daily-tasks': 'une douleur qui vous empêche de faire vos tâches quotidiennes',
  'rule.medication':
    'une douleur apparue après que vous avez commencé un médicament ou une dose plus forte',
  'note.chest':
    'Une douleur à la poitrine peut avoir d’autres causes. Demandez une aide d’urgence tout de suite si elle est soudaine et ne passe pas, si elle s’étend au bras, au cou, à la mâchoire ou au dos, ou si elle s’accompagne de sueurs, de nausées ou d’essoufflement.',
  'rule.red-flags': 'un signe d’alerte qui demande des soins médicaux tout de suite',
  'rule.red-flags.emergency':
    'un signe d’alerte qui demande des soins médicaux tout de suite : appelez le {emergencyNumber}',
  'level.self-care.title': 'Prendre soin de vous peut aider',
  'level.self-care.body': {
    one: 'Consultez un médecin si votre douleur dure plus de # mois, perturbe votre sommeil ou vous empêche de faire vos tâches quotidiennes.',
    other:
      'Consultez un médecin si votre douleur dure plus de # mois, perturbe votre sommeil ou vous empêche de faire vos tâches quotidiennes.',
  },
  'level.see-doctor.title': 'Pensez à consulter un médecin',
  'level.see-doctor.body':
    'Vos réponses contiennent des signes dont, selon l’article, il vaut la peine de parler à un médecin :',
  'level.urgent.title': 'Obtenez des soins médicaux maintenant',
  'level.urgent.body':
    'Vous avez signalé un signe qui demande des soins médicaux rapides. N’attendez pas d’avoir fini cette auto-évaluation.',
  'selfCare.title': 'Conseils de l’article pour le quotidien',
  'selfCare.tip.0':
    'Dosez vos efforts : n’en faites pas trop les bons jours. Le repos compte autant que l’activité.',
  'selfCare.tip.1':
    'Buvez assez d’eau : quand vous ne buvez pas assez, les crampes musculaires et la fatigue sont pires.',
  'selfCare.tip.2':
    'Utilisez la chaleur : un bain chaud ou une bouillotte soulagent les muscles raides.',
  'selfCare.tip.3':
    'Notez vos symptômes : un carnet quotidien de la douleur et des activités vous aide à trouver ce qui la déclenche.',
  'selfCare.tip.4':
    'Cherchez du soutien : les groupes pour les personnes qui vivent avec une douleur de longue durée peuvent vous aider à vous sentir moins seul.',
};

/** Adds French to the interface and the default pack (again is harmless). */
export function addFrench(): void {
  registerUiStrings('fr', frUi);
  addPackLanguage(defaultPack, 'fr', frPack);
}

addFrench();
