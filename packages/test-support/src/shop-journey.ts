/**
 * The web shop's "Buy" stage (a needs line, a touchpoint with a pain and an opportunity, one
 * that involves a stakeholder): the part of the shop journey that the semantic diff's
 * specifications, in the language and on the command line, both start from.
 */
export const SHOP_BUY_STAGE = `  stage Buy "Buy" {
    needs Finance "Fewer payment failures"
    touchpoint Cart "Reviews the cart" {
      channel web
      emotion frustrated
      owner Finance
      pain "Shipping costs appear late" evidence "Exit survey"
      opportunity "Show shipping on product pages"
    }
    touchpoint Pay "Pays" { channel web emotion pleased involves Carrier }
  }
`;
