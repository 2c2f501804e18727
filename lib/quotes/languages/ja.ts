import type { QuoteLanguage } from './language';

export const ja: QuoteLanguage = {
  code: 'ja',
  verbs: '述べ 語っ 語る 話し 話す 言っ 言う 説明し 強調し 指摘し 明らかにし 発表し 訴え 答え 書い 記し コメントし 主張し 述懐し 明かし',
  // 同氏 ("the same person") refers back to the person last named.
  pronouns: { 彼: 1, 彼女: -1, 同氏: 0 },
  titles: `
    さん 氏 様 君 市長 知事 首相 大統領 社長 会長 所長 代表 議員 教授 監督 委員長 大臣 長官 部長 局長 議長
    理事長 准教授 助教 講師 院長 校長 町長 村長 区長 弁護士 選手 主将 監督 総裁 プロジェクトマネージャー マネージャー アナリスト 会社員 主婦 学生 幹事長 官房長官 官房 外相 財務相 防衛相 国務長官 報道官 主席
    首席 副 専務 常務 取締役 会見 容疑者 被告 裁判長 捜査員 担当者 広報 関係者`,
  stops: '',
  // What joins a description to a name: トヨタ自動車の豊田章男.
  links: 'の',
  // Names are written in kanji or katakana; kana before them belong to a description (代表を務める山本直子).
  nameChars: /[\p{Script=Han}\p{Script=Katakana}ー々・]+$/u,
  script: 'unspaced',
  // Japanese closes a quotation with と and the verb: 「…」と述べた. Listed as the verb stems after と.
  unspacedCues: ['述べ', '語っ', '語る', '話し', '話す', '言っ', '言う', '説明し', '強調し', '指摘し', '明らかにし',
    '発表し', '訴え', '答え', '書い', '記し', 'コメントし', '主張し', '述懐し', '明かし', '呼びかけ', '批判し',
    '反論し', '振り返っ', '述べる'],
  topicMarkers: 'は が',
};
