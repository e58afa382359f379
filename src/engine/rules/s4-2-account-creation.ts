/**
 * 4.2 Direction générale
 * « L'obtention d'une autorisation relèvera de la Direction générale sur recommandation de l'équipe
 * des Communications. Aucun service ne peut créer un compte sans d'abord obtenir l'approbation de la
 * Direction générale. » (4.1 lists « Création de nouveaux comptes » among the Communications tasks.)
 * The approval must be given as a fact (true or false): when it is missing, `invalid-situation`.
 */
import { finding } from '../finding.ts';
import { createAccount } from './examples.ts';
import { defineDoc, defineRule } from './rule.ts';

export const accountCreation = defineRule({
  id: 'account-creation',
  section: '4.2',
  severity: 'error',
  kind: 'structured',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind !== 'create-account' || s.dgApproved) return [];
    return [
      finding(this, {
        message:
          'Aucun service ne peut créer un compte sans d’abord obtenir l’approbation de la Direction générale. Adressez votre demande à l’équipe des Communications, qui fera sa recommandation à la Direction générale.',
      }),
    ];
  },
});

export const accountCreationDoc = /* @__PURE__ */ defineDoc(accountCreation, {
  title: 'Pas de nouveau compte sans l’approbation de la Direction générale',
  description: 'Aucun service ne peut créer un compte sans d’abord obtenir l’approbation de la Direction générale.',
  examples: {
    mustFlag: [/* @__PURE__ */ createAccount('department', false), /* @__PURE__ */ createAccount('communications', false), /* @__PURE__ */ createAccount('police', false)],
    mustPass: [/* @__PURE__ */ createAccount('department', true), /* @__PURE__ */ createAccount('communications', true)],
  },
});

export const accountCreationApproved = defineRule({
  id: 'account-creation-approved',
  section: '4.2',
  grants: true,
  severity: 'info',
  kind: 'structured',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind !== 'create-account' || !s.dgApproved) return [];
    return [
      finding(this, {
        message:
          'Ce que permet la politique : la Direction générale a approuvé la création du compte (sur recommandation de l’équipe des Communications, qui crée et gère les nouveaux comptes).',
      }),
    ];
  },
});

export const accountCreationApprovedDoc = /* @__PURE__ */ defineDoc(accountCreationApproved, {
  title: 'Compte approuvé par la Direction générale',
  description: 'L’autorisation relève de la Direction générale, sur recommandation de l’équipe des Communications.',
  examples: {
    mustFlag: [/* @__PURE__ */ createAccount('department', true), /* @__PURE__ */ createAccount('fire', true)],
    mustPass: [/* @__PURE__ */ createAccount('department', false)],
  },
});
