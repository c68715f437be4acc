import { defaultPack } from '../default-pack.js';
import { registerUiStrings, type UiTable } from '../i18n.js';
import { addPackLanguage, type PackTranslation } from '../locale.js';

/**
 * Portuguese (`pt`), written for Brazil (`pt-BR`); `pt-PT` and every other region resolve to
 * it. The interface text and the default pack's wording, addressing the reader as `você`.
 * Loaded by the elements when their language resolves to Portuguese;
 * `import 'myocheck/locales/pt.js'` adds it up front. Same keys, in the same order, as
 * `es.ts`. A draft until a medical translator has reviewed it.
 */
export const ptUi: UiTable = {
  yes: 'Sim',
  no: 'Não',
  severityNone: 'Nenhum',
  severityMild: 'Leve',
  severityModerate: 'Moderado',
  severitySevere: 'Forte',
  sectionSymptoms: 'Quais destes você notou?',
  sectionSymptomsHint: 'Marque os que se aplicam a você. Você pode pular qualquer pergunta.',
  sectionSymptomsSeverityHint:
    'Escolha a intensidade de cada um. Você pode pular qualquer pergunta.',
  sectionDuration: 'Há quanto tempo',
  sectionImpact: 'Como isso afeta você',
  sectionSafety: 'Outros sinais',
  noneOfThese: 'Nenhum destes',
  checklistHeading: 'Seus sintomas',
  skipHint: 'Você pode pular qualquer pergunta.',
  clearAnswers: 'Apagar minhas respostas',
  clearChoice: 'Apagar esta resposta',
  storedSession: 'Suas respostas ficam guardadas nesta aba do navegador até você fechá-la.',
  storedLocal: 'Suas respostas ficam salvas neste aparelho até você apagá-las.',
  requiredChecklist: 'Responda a pelo menos uma pergunta.',
  requiredAreas: 'Escolha pelo menos uma área.',
  bodyMapHeading: 'Onde dói?',
  bodyMapHint: 'Escolha todas as áreas onde você sentiu dor.',
  front: 'Frente',
  back: 'Costas',
  frontNote: 'Vista de frente: o seu lado esquerdo fica à direita da imagem.',
  backNote: 'Vista de costas: o seu lado esquerdo fica à esquerda da imagem.',
  yourLeft: 'Sua esquerda',
  yourRight: 'Sua direita',
  showList: 'Mostrar como lista',
  showMap: 'Mostrar o mapa do corpo',
  clearAreas: 'Apagar todas as áreas',
  areasCount: { one: '# de {total} áreas', other: '# de {total} áreas' },
  areasSelectedNone: 'Nenhuma área escolhida',
  manyAreas: 'Dor em muitas áreas',
  ctaDefault: 'Encontrar um médico',
  emergencyCall: 'Ligue para {number}',
  emergencyOrGo: 'ou vá ao pronto-socorro mais próximo',
  emergencyNow:
    'Ligue agora para o número de emergência da sua região ou vá ao pronto-socorro mais próximo.',
  sources: 'Fontes',
  stepOf: 'Etapa {current} de {total}',
  next: 'Próximo',
  previous: 'Voltar',
  seeResult: 'Ver meu resultado',
  startAgain: 'Começar de novo',
  stepSafety: 'Sinais de alerta',
  stepSymptoms: 'Sintomas',
  stepAreas: 'Onde dói',
  stepImpact: 'Há quanto tempo e como afeta você',
  stepResult: 'Seu resultado',
  summaryHeading: 'Resumo para o seu médico',
  summaryDate: 'Data',
  dateLong: '{day} de {month} de {year}',
  monthNames:
    'janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro',
  summarySymptoms: 'Sintomas',
  summaryAreas: 'Áreas com dor',
  summaryDuration: 'Há quanto tempo',
  summaryImpact: 'Como afeta você',
  summarySafety: 'Outros sinais',
  notAnswered: 'Sem resposta',
  noneReported: 'Nenhum informado',
  noneChosen: 'Nenhum destes',
  unanswered: 'Você ainda não respondeu: {list}.',
  print: 'Imprimir',
  copyText: 'Copiar como texto',
  copied: 'Copiado para a área de transferência',
  copyFailed: 'Não foi possível copiar. Selecione o texto e copie você mesmo.',
  downloadJson: 'Baixar JSON',
  downloadFhir: 'Baixar FHIR',
  selfCheckHeading: 'Autoavaliação da dor muscular',
  progressLabel: 'Progresso',
  summaryResult: 'Resultado',
  summaryText: 'Resumo em texto',
  moreOptions: 'Mais opções',
  answersCleared: 'Suas respostas foram apagadas.',
  undoClear: 'Recuperar minhas respostas',
};

/** The default pack in Portuguese, keyed by where each text sits in the pack. */
export const ptPack: PackTranslation = {
  title: 'Autoavaliação da dor muscular',
  disclaimer: 'Esta autoavaliação serve apenas para informar. Ela não diagnostica nenhuma doença.',
  'q.widespread-pain.label': 'Dor muscular espalhada',
  'q.widespread-pain.description':
    'Dor muscular profunda e duradoura, que pode passar de uma área para outra. Pode ser aguda, surda ou latejante. Muitas vezes piora de manhã ou depois de atividade física.',
  'q.fatigue.label': 'Cansaço e pouca energia',
  'q.fatigue.description':
    'Sentir-se esgotado no corpo, na mente ou no humor, mesmo depois de uma noite inteira de sono.',
  'q.stiffness.label': 'Rigidez e pontos sensíveis',
  'q.stiffness.description':
    'Músculos rígidos ou com nós, principalmente no pescoço, nos ombros e na parte baixa das costas. Alguns pontos doem muito ao toque.',
  'q.sleep-problems.label': 'Problemas de sono',
  'q.sleep-problems.description':
    'Sono agitado, acordar muitas vezes ou dificuldade para pegar no sono.',
  'q.brain-fog.label': 'Névoa mental',
  'q.brain-fog.description':
    'Problemas de memória ou de concentração, ou dificuldade para pensar com clareza. Você pode sentir a “cabeça nublada”.',
  'q.mood-changes.label': 'Mudanças de humor',
  'q.mood-changes.description':
    'Ansiedade, irritação ou desânimo, que podem vir junto com uma dor que dura muito tempo.',
  'q.pain-areas.label': 'Onde dói?',
  'q.pain-areas.description': 'Escolha todas as áreas onde você sentiu dor.',
  'q.duration.label': 'Há quanto tempo você tem essa dor?',
  'q.duration.short': 'há quanto tempo',
  'q.sleep-impact.short': 'sono',
  'q.daily-tasks-impact.short': 'tarefas do dia a dia',
  'q.red-flags.short': 'sinais de alerta',
  'q.medication-start.short': 'remédio',
  'q.duration.o.under-1-month': 'Menos de 1 mês',
  'q.duration.o.1-to-3-months': 'De 1 a 3 meses',
  'q.duration.o.3-to-6-months': 'Mais de 3 meses, até 6',
  'q.duration.o.6-to-12-months': 'De 6 a 12 meses',
  'q.duration.o.over-12-months': 'Mais de 12 meses',
  'q.sleep-impact.label': 'A dor atrapalha o seu sono?',
  'q.daily-tasks-impact.label': 'Ela impede você de fazer as tarefas do dia a dia?',
  'q.red-flags.label': 'Além da dor muscular, você tem algum destes sinais?',
  'q.red-flags.o.breathing-dizziness': 'Dificuldade para respirar ou tontura',
  'q.red-flags.o.extreme-weakness': 'Fraqueza muscular extrema',
  'q.red-flags.o.fever-stiff-neck': 'Febre alta e pescoço duro (rigidez na nuca)',
  'q.medication-start.label':
    'A dor começou depois que você passou a tomar um remédio ou tomou uma dose maior dele? Por exemplo, uma estatina (um remédio para o colesterol).',
  'region.left-upper': 'Parte de cima do corpo, lado esquerdo',
  'region.right-upper': 'Parte de cima do corpo, lado direito',
  'region.left-lower': 'Parte de baixo do corpo, lado esquerdo',
  'region.right-lower': 'Parte de baixo do corpo, lado direito',
  'region.axial': 'Pescoço, costas e tronco',
  'area.jaw-left': 'Mandíbula esquerda',
  'area.jaw-right': 'Mandíbula direita',
  'area.shoulder-left': 'Ombro esquerdo',
  'area.shoulder-right': 'Ombro direito',
  'area.upper-arm-left': 'Parte de cima do braço esquerdo',
  'area.upper-arm-right': 'Parte de cima do braço direito',
  'area.lower-arm-left': 'Antebraço esquerdo',
  'area.lower-arm-right': 'Antebraço direito',
  'area.hip-left': 'Quadril esquerdo',
  'area.hip-right': 'Quadril direito',
  'area.upper-leg-left': 'Coxa esquerda',
  'area.upper-leg-right': 'Coxa direita',
  'area.lower-leg-left': 'Perna esquerda, abaixo do joelho',
  'area.lower-leg-right': 'Perna direita, abaixo do joelho',
  'area.neck': 'Pescoço',
  'area.upper-back': 'Parte de cima das costas',
  'area.lower-back': 'Parte baixa das costas',
  'area.chest': 'Peito',
  'area.abdomen': 'Barriga',
  'rule.self-care': 'sintomas ou áreas com dor que o autocuidado pode ajudar a aliviar',
  'rule.duration': { one: 'dor há mais de # mês', other: 'dor há mais de # meses' },
  'rule.sleep': 'dor que atrapalha o seu sono',
  'rule.daily-tasks': 'dor que impede você de fazer as tarefas do dia a dia',
  'rule.medication': 'dor que começou depois que você passou a tomar um remédio ou uma dose maior',
  'note.chest':
    'A dor no peito pode ter outras causas. Peça ajuda de emergência agora se ela for repentina e não passar, se espalhar para o braço, o pescoço, a mandíbula ou as costas, ou vier com suor, enjoo ou falta de ar.',
  'rule.red-flags': 'um sinal de alerta que precisa de atendimento médico agora',
  'rule.red-flags.emergency':
    'um sinal de alerta que precisa de atendimento médico agora: ligue para {emergencyNumber}',
  'level.self-care.title': 'O autocuidado pode ajudar',
  'level.self-care.body': {
    one: 'Procure um médico se a dor durar mais de # mês, atrapalhar o seu sono ou impedir você de fazer as tarefas do dia a dia.',
    other:
      'Procure um médico se a dor durar mais de # meses, atrapalhar o seu sono ou impedir você de fazer as tarefas do dia a dia.',
  },
  'level.see-doctor.title': 'Pense em consultar um médico',
  'level.see-doctor.body':
    'Suas respostas incluem sinais sobre os quais, segundo o artigo, vale a pena conversar com um médico:',
  'level.urgent.title': 'Procure atendimento médico agora',
  'level.urgent.body':
    'Você informou um sinal que precisa de atendimento médico rápido. Não espere terminar esta autoavaliação.',
  'selfCare.title': 'Dicas do artigo para o dia a dia',
  'selfCare.tip.0':
    'Dose suas forças: não exagere nos dias bons. Descansar é tão importante quanto se movimentar.',
  'selfCare.tip.1': 'Beba bastante água: beber pouca água piora as cãibras musculares e o cansaço.',
  'selfCare.tip.2': 'Use calor: banhos mornos ou bolsas térmicas aliviam a rigidez dos músculos.',
  'selfCare.tip.3':
    'Anote seus sintomas: um diário de dor e de atividades ajuda você a descobrir o que a desencadeia.',
  'selfCare.tip.4':
    'Busque apoio: grupos para pessoas com dor de longa duração podem ajudar você a se sentir menos sozinho.',
};

/** Adds Portuguese to the interface and the default pack (again is harmless). */
export function addPortuguese(): void {
  registerUiStrings('pt', ptUi);
  addPackLanguage(defaultPack, 'pt', ptPack);
}

addPortuguese();
