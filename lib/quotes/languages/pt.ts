import type { QuoteLanguage } from './language';

export const pt: QuoteLanguage = {
  code: 'pt',
  verbs: `
    disse diz dizia dito afirmou afirma afirmava declarou declara explicou explica acrescentou acrescenta
    garantiu garante assegurou assegura sublinhou sublinha destacou destaca ressaltou ressalta salientou
    salienta comentou comenta escreveu escreve perguntou pergunta respondeu responde lembrou lembra
    defendeu defende reconheceu reconhece admitiu admite alertou alerta avisou avisa criticou critica
    anunciou anuncia prometeu promete insistiu insiste concluiu conclui contou conta relatou relata
    adiantou adianta frisou frisa reiterou reitera observou observa`,
  phrases: ['segundo', 'de acordo com', 'conforme'],
  speakerFollows: 'segundo conforme',
  indefinites: 'um uma uns umas',
  possessives: 'meu minha seu sua nosso nossa',
  pronouns: { ele: 1, ela: -1, eles: 0, elas: 0 },
  titles: `
    sr sra senhor senhora dr dra doutor doutora presidente presidenta ministro ministra prefeito prefeita
    governador governadora secretário secretária porta-voz diretor diretora chefe deputado deputada senador
    senadora juiz juíza procurador procuradora advogado advogada professor professora papa rei rainha general
    coronel capitão treinador técnico técnica vice-presidente vice presidente-executivo líder fundador fundadora
    relator relatora jogador jogadora atacante goleiro autor autora seu dona
    comissário comissária embaixador embaixadora fazenda economia justiça defesa saúde educação casa civil
    relações exteriores trabalho cultura agricultura`,
  stops: `em no na nos nas com por para sobre e mas que quem quando como onde porque se sem entre até desde durante
    contra ou nem pelo pela à às ao aos`,
  determiners: 'o a os as um uma uns umas seu sua seus suas este esta esse essa',
  adverbials: 'também ainda depois já ontem hoje segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo tem teria',
  links: 'de do da dos das',
  complementizers: 'que',
  notNames: `o a os as um uma segundo com por para em e mas também ainda depois ontem hoje janeiro fevereiro março
    abril maio junho julho agosto setembro outubro novembro dezembro segunda-feira terça-feira quarta-feira
    quinta-feira sexta-feira sábado domingo este esta`,
  institutions: 'governo ministério congresso senado câmara partido tribunal prefeitura brasil portugal',
};
