import { defaultPack } from '../default-pack.js';
import { registerUiStrings, type UiTable } from '../i18n.js';
import { addPackLanguage, type PackTranslation } from '../locale.js';

/**
 * Spanish (`es`): the interface text and the default pack's wording. Imported by the main
 * entry and the one-file bundle; a page that registers single elements adds Spanish with
 * `import 'myocheck/locales/es.js'`.
 */
export const esUi: UiTable = {
  yes: 'Sí',
  no: 'No',
  severityNone: 'Nada',
  severityMild: 'Leve',
  severityModerate: 'Moderado',
  severitySevere: 'Intenso',
  sectionSymptoms: '¿Cuáles de estos ha notado?',
  sectionSymptomsHint: 'Marque los que correspondan. Puede saltarse cualquier pregunta.',
  sectionSymptomsSeverityHint:
    'Elija la intensidad de cada uno. Puede saltarse cualquier pregunta.',
  sectionDuration: 'Cuánto tiempo',
  sectionImpact: 'Cómo le afecta',
  sectionSafety: 'Otras señales',
  noneOfThese: 'Nada de esto',
  checklistHeading: 'Sus síntomas',
  skipHint: 'Puede saltarse cualquier pregunta.',
  clearAnswers: 'Borrar mis respuestas',
  clearChoice: 'Borrar esta respuesta',
  storedSession: 'Sus respuestas se guardan en esta pestaña hasta que la cierre.',
  storedLocal: 'Sus respuestas se guardan en este dispositivo hasta que las borre.',
  requiredChecklist: 'Responda al menos una pregunta.',
  requiredAreas: 'Elija al menos una zona.',
  bodyMapHeading: '¿Dónde le duele?',
  bodyMapHint: 'Elija todas las zonas donde ha tenido dolor.',
  front: 'Delante',
  back: 'Detrás',
  frontNote: 'Vista de frente: su lado izquierdo está a la derecha del dibujo.',
  backNote: 'Vista de espalda: su lado izquierdo está a la izquierda del dibujo.',
  yourLeft: 'Su izquierda',
  yourRight: 'Su derecha',
  showList: 'Ver como lista',
  showMap: 'Ver el mapa del cuerpo',
  clearAreas: 'Borrar todas las zonas',
  areasCount: { one: '# de {total} zonas', other: '# de {total} zonas' },
  areasSelectedNone: 'Ninguna zona elegida',
  manyAreas: 'Dolor en muchas zonas',
  ctaDefault: 'Buscar un médico',
  emergencyCall: 'Llame al {number}',
  emergencyOrGo: 'o vaya al servicio de urgencias más cercano',
  emergencyNow:
    'Llame ahora a su número local de emergencias o vaya al servicio de urgencias más cercano.',
  sources: 'Fuentes',
  stepOf: 'Paso {current} de {total}',
  next: 'Siguiente',
  previous: 'Atrás',
  seeResult: 'Ver mi resultado',
  startAgain: 'Empezar de nuevo',
  stepSafety: 'Señales de alarma',
  stepSymptoms: 'Síntomas',
  stepAreas: 'Dónde le duele',
  stepImpact: 'Cuánto tiempo y cómo le afecta',
  stepResult: 'Su resultado',
  summaryHeading: 'Resumen para su médico',
  summaryDate: 'Fecha',
  dateLong: '{day} de {month} de {year}',
  monthNames:
    'enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre',
  summarySymptoms: 'Síntomas',
  summaryAreas: 'Zonas con dolor',
  summaryDuration: 'Cuánto tiempo',
  summaryImpact: 'Impacto',
  summarySafety: 'Otras señales',
  notAnswered: 'Sin responder',
  noneReported: 'Ninguno',
  noneChosen: 'Ninguno de estos',
  unanswered: 'No ha respondido: {list}.',
  print: 'Imprimir',
  copyText: 'Copiar como texto',
  copied: 'Copiado al portapapeles',
  copyFailed: 'No se pudo copiar. Seleccione el texto y cópielo.',
  downloadJson: 'Descargar JSON',
  downloadFhir: 'Descargar FHIR',
  selfCheckHeading: 'Autoevaluación del dolor muscular',
  progressLabel: 'Progreso',
  summaryResult: 'Resultado',
  summaryText: 'Resumen como texto',
  moreOptions: 'Más opciones',
  answersCleared: 'Se borraron sus respuestas.',
  undoClear: 'Recuperar mis respuestas',
};

/** The default pack in Spanish, keyed by where each text sits in the pack. */
export const esPack: PackTranslation = {
  title: 'Autoevaluación del dolor muscular',
  disclaimer: 'Esta autoevaluación es solo informativa. No diagnostica ninguna enfermedad.',
  'q.widespread-pain.label': 'Dolor muscular generalizado',
  'q.widespread-pain.description':
    'Dolor muscular profundo y persistente que puede pasar de una zona a otra. Puede ser agudo, sordo o pulsátil. A menudo empeora por la mañana o después de la actividad.',
  'q.fatigue.label': 'Cansancio y poca energía',
  'q.fatigue.description':
    'Sentirse sin fuerzas en el cuerpo, la mente o el ánimo, incluso después de dormir toda la noche.',
  'q.stiffness.label': 'Rigidez y puntos sensibles',
  'q.stiffness.description':
    'Músculos rígidos o con nudos, sobre todo en el cuello, los hombros y la zona lumbar. Algunos puntos duelen mucho al tocarlos.',
  'q.sleep-problems.label': 'Problemas de sueño',
  'q.sleep-problems.description':
    'Sueño inquieto, despertarse a menudo o dificultad para dormirse.',
  'q.brain-fog.label': 'Niebla mental',
  'q.brain-fog.description':
    'Problemas de memoria o concentración, o dificultad para pensar con claridad. Puede sentir la “cabeza nublada”.',
  'q.mood-changes.label': 'Cambios de humor',
  'q.mood-changes.description':
    'Ansiedad, mal humor o ánimo bajo que pueden aparecer con el dolor prolongado.',
  'q.pain-areas.label': '¿Dónde le duele?',
  'q.pain-areas.description': 'Elija todas las zonas donde ha tenido dolor.',
  'q.duration.label': '¿Cuánto tiempo hace que tiene este dolor?',
  'q.duration.short': 'cuánto tiempo',
  'q.sleep-impact.short': 'sueño',
  'q.daily-tasks-impact.short': 'tareas diarias',
  'q.red-flags.short': 'señales de alarma',
  'q.medication-start.short': 'medicamentos',
  'q.duration.o.under-1-month': 'Menos de 1 mes',
  'q.duration.o.1-to-3-months': 'De 1 a 3 meses',
  'q.duration.o.3-to-6-months': 'Más de 3 meses, hasta 6',
  'q.duration.o.6-to-12-months': 'De 6 a 12 meses',
  'q.duration.o.over-12-months': 'Más de 12 meses',
  'q.sleep-impact.label': '¿El dolor altera su sueño?',
  'q.daily-tasks-impact.label': '¿Le impide hacer sus tareas diarias?',
  'q.red-flags.label': 'Además del dolor muscular, ¿tiene alguno de estos síntomas?',
  'q.red-flags.o.breathing-dizziness': 'Dificultad para respirar o mareo',
  'q.red-flags.o.extreme-weakness': 'Debilidad muscular extrema',
  'q.red-flags.o.fever-stiff-neck': 'Fiebre alta y rigidez de cuello',
  'q.medication-start.label':
    '¿El dolor empezó después de comenzar un medicamento o de tomar una dosis mayor? Por ejemplo, una estatina (un medicamento para el colesterol).',
  'region.left-upper': 'Parte superior izquierda del cuerpo',
  'region.right-upper': 'Parte superior derecha del cuerpo',
  'region.left-lower': 'Parte inferior izquierda del cuerpo',
  'region.right-lower': 'Parte inferior derecha del cuerpo',
  'region.axial': 'Cuello, espalda y tronco',
  'area.jaw-left': 'Mandíbula izquierda',
  'area.jaw-right': 'Mandíbula derecha',
  'area.shoulder-left': 'Hombro izquierdo',
  'area.shoulder-right': 'Hombro derecho',
  'area.upper-arm-left': 'Parte superior del brazo izquierdo',
  'area.upper-arm-right': 'Parte superior del brazo derecho',
  'area.lower-arm-left': 'Antebrazo izquierdo',
  'area.lower-arm-right': 'Antebrazo derecho',
  'area.hip-left': 'Cadera izquierda',
  'area.hip-right': 'Cadera derecha',
  'area.upper-leg-left': 'Muslo izquierdo',
  'area.upper-leg-right': 'Muslo derecho',
  'area.lower-leg-left': 'Parte inferior de la pierna izquierda',
  'area.lower-leg-right': 'Parte inferior de la pierna derecha',
  'area.neck': 'Cuello',
  'area.upper-back': 'Parte alta de la espalda',
  'area.lower-back': 'Zona lumbar',
  'area.chest': 'Pecho',
  'area.abdomen': 'Abdomen',
  'rule.self-care': 'síntomas o zonas de dolor con los que el autocuidado puede ayudar',
  'rule.duration': { one: 'dolor durante más de # mes', other: 'dolor durante más de # meses' },
  'rule.sleep': 'dolor que altera su sueño',
  'rule.daily-tasks': 'dolor que le impide hacer sus tareas diarias',
  'rule.medication': 'dolor que empezó tras comenzar un medicamento o una dosis mayor',
  'note.chest':
    'El dolor de pecho puede tener otras causas. Pida ayuda de emergencia ahora si es repentino y no se va, si se extiende al brazo, el cuello, la mandíbula o la espalda, o si viene con sudor, náuseas o falta de aire.',
  'rule.red-flags': 'una señal de alarma que necesita atención médica ahora',
  'rule.red-flags.emergency':
    'una señal de alarma que necesita atención médica ahora: llame al {emergencyNumber}',
  'level.self-care.title': 'El autocuidado puede ayudar',
  'level.self-care.body': {
    one: 'Consulte a un médico si el dolor dura más de # mes, altera su sueño o le impide hacer sus tareas diarias.',
    other:
      'Consulte a un médico si el dolor dura más de # meses, altera su sueño o le impide hacer sus tareas diarias.',
  },
  'level.see-doctor.title': 'Considere consultar a un médico',
  'level.see-doctor.body':
    'Sus respuestas incluyen señales que, según el artículo, conviene consultar con un médico:',
  'level.urgent.title': 'Busque atención médica ahora',
  'level.urgent.body':
    'Ha indicado una señal que necesita atención médica inmediata. No espere a terminar esta autoevaluación.',
  'selfCare.title': 'Consejos diarios del artículo',
  'selfCare.tip.0':
    'Dosifique su energía: no se exceda en los días buenos. Descansar es tan importante como moverse.',
  'selfCare.tip.1':
    'Mantenga una buena hidratación: beber poca agua empeora los calambres y el cansancio.',
  'selfCare.tip.2':
    'Use calor: los baños tibios o las almohadillas térmicas alivian la rigidez muscular.',
  'selfCare.tip.3':
    'Anote sus síntomas: un diario de dolor y actividad ayuda a identificar desencadenantes.',
  'selfCare.tip.4':
    'Busque apoyo: los grupos de apoyo para el dolor crónico pueden reducir la sensación de aislamiento.',
};

/** Adds Spanish to the interface and the default pack (again is harmless). */
export function addSpanish(): void {
  registerUiStrings('es', esUi);
  addPackLanguage(defaultPack, 'es', esPack);
}

addSpanish();
