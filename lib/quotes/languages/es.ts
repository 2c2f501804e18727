import type { QuoteLanguage } from './language';

export const es: QuoteLanguage = {
  code: 'es',
  verbs: `
    dijo dice decía dicho afirmó afirma afirmaba declaró declara explicó explica añadió añade aseguró asegura
    señaló señala indicó indica comentó comenta advirtió advierte insistió insiste subrayó subraya escribió
    escribe preguntó pregunta respondió responde recordó recuerda sostuvo sostiene manifestó manifiesta
    agregó agrega apuntó apunta destacó destaca reconoció reconoce admitió admite denunció denuncia lamentó
    lamenta prometió promete anunció anuncia expresó expresa precisó precisa concluyó concluye reiteró reitera
    defendió defiende criticó critica sentenció zanjó relató relata contó cuenta aclaró aclara enfatizó`,
  phrases: ['según', 'de acuerdo con'],
  speakerFollows: 'según',
  indefinites: 'un una unos unas',
  possessives: 'mi mis tu tus su sus nuestro nuestra',
  pronouns: { él: 1, ella: -1, ellos: 0, ellas: 0 },
  titles: `
    señor señora sr sra don doña presidente presidenta ministro ministra alcalde alcaldesa secretario secretaria
    portavoz director directora gerente jefe jefa diputado diputada senador senadora juez jueza fiscal abogado
    abogada doctor doctora dr dra profesor profesora rey reina príncipe princesa papa general coronel capitán
    entrenador entrenadora seleccionador vicepresidente vicepresidenta gobernador gobernadora consejero consejera
    delegado delegada canciller embajador embajadora comisario comisaria líder fundador fundadora jugador jugadora autor autora escritor escritora diputada diputado economía
    hacienda interior justicia defensa sanidad salud educación exteriores trabajo cultura agricultura
    transportes vivienda`,
  stops: `en con por para sobre tras ante y pero que quien quienes cual cuando como donde porque si sin entre
    hacia desde hasta durante contra o ni`,
  determiners: 'el la los las un una unos unas su sus este esta estos estas',
  adverbials: 'también además luego ya después ayer hoy lunes martes miércoles jueves viernes sábado domingo ha han había habían',
  links: 'de del',
  complementizers: 'que',
  notNames: `el la los las un una según con por para en y pero que lunes martes miércoles jueves viernes sábado
    domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre además
    también este esta sin embargo preguntado preguntada interrogado interrogada`,
  institutions: 'gobierno ministerio congreso senado partido tribunal ayuntamiento españa méxico argentina',
};
