import { defaultPack } from '../default-pack.js';
import { registerUiStrings, type UiTable } from '../i18n.js';
import { addPackLanguage, type PackTranslation } from '../locale.js';

// A phone number inside Arabic text is isolated left to right (U+2066 … U+2069), so that "+",
// spaces and brackets stay in their places.
const LTR = (text: string) => `\u2066${text}\u2069`;

/**
 * Arabic (`ar`, every region): the interface text and the default pack's wording, in formal
 * Modern Standard Arabic, written right to left (the elements set `dir="rtl"` for it).
 * Numbers are written with the digits `Intl` uses for `ar` (0–9). Plural messages give the
 * six forms of `Intl.PluralRules('ar')` (zero, one, two, few, many, other). Loaded by the
 * elements when their language resolves to Arabic; `import 'myocheck/locales/ar.js'` adds it
 * up front. Same keys, in the same order, as `es.ts`. A draft until a medical translator has
 * reviewed it.
 */
export const arUi: UiTable = {
  yes: 'نعم',
  no: 'لا',
  severityNone: 'لا يوجد',
  severityMild: 'خفيف',
  severityModerate: 'متوسط',
  severitySevere: 'شديد',
  sectionSymptoms: 'أيّ هذه الأعراض لاحظت؟',
  sectionSymptomsHint: 'حدّد كل ما ينطبق عليك. يمكنك تخطّي أي سؤال.',
  sectionSymptomsSeverityHint: 'اختر شدة كل عرض. يمكنك تخطّي أي سؤال.',
  sectionDuration: 'المدة',
  sectionImpact: 'كيف يؤثر عليك',
  sectionSafety: 'علامات أخرى',
  checklistHeading: 'أعراضك',
  skipHint: 'يمكنك تخطّي أي سؤال.',
  clearAnswers: 'مسح إجاباتي',
  clearChoice: 'مسح هذه الإجابة',
  storedSession: 'تُحفظ إجاباتك في علامة التبويب هذه حتى تغلقها.',
  storedLocal: 'تُحفظ إجاباتك على هذا الجهاز حتى تمسحها.',
  requiredChecklist: 'يُرجى الإجابة عن سؤال واحد على الأقل.',
  requiredAreas: 'يُرجى اختيار منطقة واحدة على الأقل.',
  bodyMapHeading: 'أين تشعر بالألم؟',
  bodyMapHint: 'اختر كل منطقة شعرت فيها بألم.',
  front: 'من الأمام',
  back: 'من الخلف',
  frontNote: 'المنظر الأمامي: جانبك الأيسر على يمين الصورة.',
  backNote: 'المنظر الخلفي: جانبك الأيسر على يسار الصورة.',
  yourLeft: 'يسارك',
  yourRight: 'يمينك',
  showList: 'العرض كقائمة',
  showMap: 'عرض خريطة الجسم',
  clearAreas: 'مسح كل المناطق',
  areasCount: {
    zero: 'لم تختر أي منطقة من {total}',
    one: 'منطقة واحدة من {total}',
    two: 'منطقتان من {total}',
    few: '# مناطق من {total}',
    many: '# منطقة من {total}',
    other: '# منطقة من {total}',
  },
  areasSelectedNone: 'لم تُختر أي منطقة',
  manyAreas: 'ألم في مناطق كثيرة',
  ctaDefault: 'ابحث عن طبيب',
  emergencyCall: `رقم الطوارئ: ${LTR('{number}')}`,
  sources: 'المصادر',
  stepOf: 'الخطوة {current} من {total}',
  next: 'التالي',
  previous: 'رجوع',
  seeResult: 'عرض نتيجتي',
  startAgain: 'البدء من جديد',
  stepSymptoms: 'الأعراض',
  stepAreas: 'مكان الألم',
  stepImpact: 'المدة وكيف يؤثر عليك',
  stepResult: 'نتيجتك',
  summaryHeading: 'ملخص لطبيبك',
  summaryDate: 'التاريخ',
  dateLong: '{day} {month} {year}',
  monthNames: 'يناير,فبراير,مارس,أبريل,مايو,يونيو,يوليو,أغسطس,سبتمبر,أكتوبر,نوفمبر,ديسمبر',
  summarySymptoms: 'الأعراض',
  summaryAreas: 'مناطق الألم',
  summaryDuration: 'المدة',
  summaryImpact: 'التأثير عليك',
  summarySafety: 'علامات أخرى',
  notAnswered: 'لم تتم الإجابة',
  noneReported: 'لم يُذكر شيء',
  print: 'طباعة',
  copyText: 'نسخ كنص',
  copied: 'تم النسخ إلى الحافظة',
  copyFailed: 'تعذّر النسخ. حدّد النص وانسخه بنفسك.',
  downloadJson: 'تنزيل JSON',
  downloadFhir: 'تنزيل FHIR',
  selfCheckHeading: 'تقييم ذاتي لألم العضلات',
  progressLabel: 'التقدّم',
  summaryResult: 'النتيجة',
  summaryText: 'الملخص كنص',
};

/** The default pack in Arabic, keyed by where each text sits in the pack. */
export const arPack: PackTranslation = {
  title: 'تقييم ذاتي لألم العضلات',
  disclaimer: 'هذا التقييم الذاتي للمعلومات فقط، ولا يشخّص أي حالة مرضية.',
  'q.widespread-pain.label': 'ألم عضلي منتشر',
  'q.widespread-pain.description':
    'ألم عميق ومستمر في العضلات قد ينتقل من منطقة إلى أخرى؛ حادّ أو كليل أو نابض، ويزداد غالبًا في الصباح أو بعد النشاط.',
  'q.fatigue.label': 'التعب وقلة الطاقة',
  'q.fatigue.description': 'الشعور بالإرهاق حتى بعد نوم ليلة كاملة، جسديًا أو ذهنيًا أو نفسيًا.',
  'q.stiffness.label': 'تيبّس العضلات ونقاط مؤلمة عند اللمس',
  'q.stiffness.description':
    'عضلات متيبّسة أو معقودة، خاصة في الرقبة والكتفين وأسفل الظهر؛ ونقاط حساسة جدًا للمس.',
  'q.sleep-problems.label': 'اضطرابات النوم',
  'q.sleep-problems.description': 'نوم مضطرب، أو استيقاظ متكرر، أو صعوبة في النوم.',
  'q.brain-fog.label': 'ضبابية الذهن',
  'q.brain-fog.description':
    'صعوبة في التذكّر أو التركيز أو صفاء التفكير؛ والشعور بأن الرأس «مشوّش».',
  'q.mood-changes.label': 'تقلّبات المزاج',
  'q.mood-changes.description': 'قلق أو سرعة انفعال أو حزن، وقد تصاحب العيش مع ألم يدوم مدة طويلة.',
  'q.pain-areas.label': 'أين تشعر بالألم؟',
  'q.pain-areas.description': 'اختر كل منطقة شعرت فيها بألم.',
  'q.duration.label': 'منذ متى تشعر بهذا الألم؟',
  'q.duration.o.under-1-month': 'أقل من شهر',
  'q.duration.o.1-to-3-months': 'من شهر إلى 3 أشهر',
  'q.duration.o.3-to-6-months': 'أكثر من 3 أشهر، حتى 6',
  'q.duration.o.6-to-12-months': 'من 6 إلى 12 شهرًا',
  'q.duration.o.over-12-months': 'أكثر من 12 شهرًا',
  'q.sleep-impact.label': 'هل يؤثر الألم في نومك؟',
  'q.daily-tasks-impact.label': 'هل يمنعك من القيام بمهامك اليومية؟',
  'q.red-flags.label': 'إلى جانب ألم العضلات، هل تعاني من أيٍّ مما يلي؟',
  'q.red-flags.o.breathing-dizziness': 'صعوبة في التنفس أو دوخة',
  'q.red-flags.o.extreme-weakness': 'ضعف شديد جدًا في العضلات',
  'q.red-flags.o.fever-stiff-neck': 'حمّى مرتفعة مع تيبّس في الرقبة',
  'q.medication-start.label':
    'هل بدأ الألم بعد أن بدأت تناول دواء، مثل أدوية الستاتين، أو بعد زيادة جرعته؟',
  'region.left-upper': 'الجزء العلوي الأيسر من الجسم',
  'region.right-upper': 'الجزء العلوي الأيمن من الجسم',
  'region.left-lower': 'الجزء السفلي الأيسر من الجسم',
  'region.right-lower': 'الجزء السفلي الأيمن من الجسم',
  'region.axial': 'الرقبة والظهر والجذع',
  'area.jaw-left': 'الفك الأيسر',
  'area.jaw-right': 'الفك الأيمن',
  'area.shoulder-left': 'الكتف الأيسر',
  'area.shoulder-right': 'الكتف الأيمن',
  'area.upper-arm-left': 'أعلى الذراع الأيسر',
  'area.upper-arm-right': 'أعلى الذراع الأيمن',
  'area.lower-arm-left': 'الساعد الأيسر',
  'area.lower-arm-right': 'الساعد الأيمن',
  'area.hip-left': 'الورك الأيسر',
  'area.hip-right': 'الورك الأيمن',
  'area.upper-leg-left': 'الفخذ الأيسر',
  'area.upper-leg-right': 'الفخذ الأيمن',
  'area.lower-leg-left': 'الساق اليسرى',
  'area.lower-leg-right': 'الساق اليمنى',
  'area.neck': 'الرقبة',
  'area.upper-back': 'أعلى الظهر',
  'area.lower-back': 'أسفل الظهر',
  'area.chest': 'الصدر',
  'area.abdomen': 'البطن',
  'rule.self-care': 'أعراض أو مناطق ألم قد تساعد العناية الذاتية في تخفيفها',
  'rule.duration': {
    zero: 'ألم لأكثر من # شهر',
    one: 'ألم لأكثر من شهر واحد',
    two: 'ألم لأكثر من شهرين',
    few: 'ألم لأكثر من # أشهر',
    many: 'ألم لأكثر من # شهرًا',
    other: 'ألم لأكثر من # شهر',
  },
  'rule.sleep': 'ألم يؤثر في نومك',
  'rule.daily-tasks': 'ألم يمنعك من القيام بمهامك اليومية',
  'rule.medication': 'ألم بدأ بعد البدء بدواء أو بجرعة أعلى منه',
  'rule.red-flags': 'علامة تحذيرية تحتاج إلى رعاية طبية الآن',
  'rule.red-flags.emergency': `علامة تحذيرية تحتاج إلى رعاية طبية الآن: اتصل بالرقم ${LTR('{emergencyNumber}')}`,
  'level.self-care.title': 'قد تساعدك العناية الذاتية',
  'level.self-care.body':
    'لا تتضمن إجاباتك العلامات التي يقول المقال إنها تستحق أن تناقشها مع الطبيب. راجع الطبيب إذا استمر ألمك مدة تزيد على {thresholdMonths} من الأشهر، أو أثّر في نومك، أو منعك من القيام بمهامك اليومية.',
  'level.see-doctor.title': 'فكّر في مراجعة الطبيب',
  'level.see-doctor.body': 'تتضمن إجاباتك علامات يقول المقال إنها تستحق أن تناقشها مع الطبيب:',
  'level.urgent.title': 'احصل على رعاية طبية الآن',
  'level.urgent.body':
    'لقد ذكرت علامة تحتاج إلى رعاية طبية عاجلة. لا تنتظر حتى تنهي هذا التقييم الذاتي.',
  'selfCare.title': 'نصائح يومية من المقال',
  'selfCare.tip.0':
    'وازن بين الجهد والراحة: تجنّب الإجهاد الزائد في الأيام الجيدة؛ فالراحة مهمة مثل النشاط.',
  'selfCare.tip.1': 'اشرب ما يكفي من الماء: الجفاف يزيد تقلّصات العضلات والتعب سوءًا.',
  'selfCare.tip.2': 'استخدم الدفء: الحمّامات الدافئة أو الوسادات الحرارية تخفّف تيبّس العضلات.',
  'selfCare.tip.3': 'دوّن أعراضك: تساعد مذكّرة يومية للألم والنشاط على معرفة ما يثير الأعراض.',
  'selfCare.tip.4': 'اطلب الدعم: يمكن لمجموعات الدعم الخاصة بالألم المزمن أن تخفّف الشعور بالعزلة.',
};

/** Adds Arabic to the interface and the default pack (again is harmless). */
export function addArabic(): void {
  registerUiStrings('ar', arUi);
  addPackLanguage(defaultPack, 'ar', arPack);
}

addArabic();
