import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { RequestContext } from '../graphql/request-context';
import { markAnswerWithErrors } from './answer-errors';

/** Tells the HTTP layer which GraphQL answers carry errors, before Apollo writes their headers. */
@Plugin()
export class AnswerErrorsPlugin implements ApolloServerPlugin<RequestContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    return {
      willSendResponse: async ({ response, errors, contextValue }) => {
        const answerErrors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if ((errors?.length ?? 0) > 0 || (answerErrors?.length ?? 0) > 0) {
          if (contextValue.res) markAnswerWithErrors(contextValue.res);
        }
      },
    };
  }
}
